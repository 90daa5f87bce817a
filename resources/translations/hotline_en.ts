<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>DemoOrders</name>
    <message>
        <location filename="../../models/desk/DemoOrders.cpp" line="+40"/>
        <source>演示数据需要先导入事项分类</source>
        <translation>Demo data requires the item classifications to be imported first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>演示数据需要先导入北京区划</source>
        <translation>Demo data requires the Beijing divisions to be imported first</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../../models/catalog/CatalogRepository.cpp" line="+24"/>
        <source>清除旧分类</source>
        <translation>Clearing old classifications</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>写入分类</source>
        <translation>Writing classifications</translation>
    </message>
    <message>
        <location filename="../../models/divisions/DivisionRepository.cpp" line="+30"/>
        <source>写入区划</source>
        <translation>Writing divisions</translation>
    </message>
    <message>
        <location filename="../../models/store/LocalStore.cpp" line="+128"/>
        <source>保存设置</source>
        <translation>Saving settings</translation>
    </message>
    <message>
        <location filename="../../models/units/UnitRepository.cpp" line="+31"/>
        <source>写入单位</source>
        <translation>Writing units</translation>
    </message>
    <message>
        <location filename="../../models/workorder/WorkOrderRepository.cpp" line="+57"/>
        <source>分配工单编号</source>
        <translation>Allocating a work order number</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>保存工单</source>
        <translation>Saving the work order</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保存工单位置</source>
        <translation>Saving the work order location</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>保存工单事件</source>
        <translation>Saving the work order event</translation>
    </message>
    <message>
        <location filename="../../models/store/Outbox.cpp" line="+39"/>
        <source>写入待同步队列</source>
        <translation>Writing to the sync queue</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+10"/>
        <source>记录同步结果</source>
        <translation>Recording the sync result</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>重发操作</source>
        <translation>Operation sent again</translation>
    </message>
    <message>
        <location filename="../../models/kb/KbRepository.cpp" line="+94"/>
        <source>保存文章版本</source>
        <translation>Saving the article version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保存文章</source>
        <translation>Saving the article</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>新建文章</source>
        <translation>Creating the article</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>发布文章</source>
        <translation>Publishing the article</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>撤回文章</source>
        <translation>Withdrawing the article</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+17"/>
        <source>更新检索索引</source>
        <translation>Updating the search index</translation>
    </message>
    <message>
        <location filename="../../models/geo/GeoRepository.cpp" line="+146"/>
        <source>保存边界</source>
        <translation>Saving the boundary</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>保存地点</source>
        <translation>Saving the place</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>索引地点</source>
        <translation>Indexing the place</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>确定地点所属区划</source>
        <translation>Assigning places to divisions</translation>
    </message>
    <message>
        <location filename="../../models/workorder/NumberPool.cpp" line="+26"/>
        <source>取工单号</source>
        <translation>Taking a work order number</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>保存号段</source>
        <translation>Saving the block of numbers</translation>
    </message>
    <message>
        <location filename="../../models/kb/KbSynonyms.cpp" line="+103"/>
        <source>保存同义词</source>
        <translation>save the synonyms</translation>
    </message>
    <message>
        <location filename="../../models/classify/ClassifierRepository.cpp" line="+27"/>
        <source>保存分类模型</source>
        <translation>Saving the classification model</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>读取分类模型</source>
        <translation>Reading the classification model</translation>
    </message>
    <message>
        <location filename="../../models/store/ReferenceRows.cpp" line="+15"/>
        <source>清除旧参考数据</source>
        <translation>Clearing old reference data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>写入参考数据</source>
        <translation>Writing reference data</translation>
    </message>
    <message>
        <location filename="../../models/timelimits/CalendarRepository.cpp" line="+22"/>
        <source>清除旧日历</source>
        <translation>Clearing the old calendar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>写入日历</source>
        <translation>Writing the calendar</translation>
    </message>
    <message>
        <location filename="../../models/recordings/RecordingRepository.cpp" line="+119"/>
        <source>保存录音</source>
        <translation>Saving the recording</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>关联录音与工单</source>
        <translation>Linking the recording to the work order</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>记录录音上传进度</source>
        <translation>Recording the upload&apos;s progress</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>记录录音已上传</source>
        <translation>Marking the recording uploaded</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>记录录音关联已上传</source>
        <translation>Marking the recording&apos;s links uploaded</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>记录录音上传失败</source>
        <translation>Recording the failed upload</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>记录录音已删除</source>
        <translation>Marking the recording deleted</translation>
    </message>
    <message>
        <location filename="../../models/training/TrainingStore.cpp" line="+160"/>
        <source>保存培训情景</source>
        <translation>Saving training scenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>删除培训情景</source>
        <translation>Deleting training scenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>删除培训课程</source>
        <translation>Deleting training course</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>保存培训课程</source>
        <translation>Saving training course</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>保存培训成绩</source>
        <translation>Saving training score</translation>
    </message>
    <message>
        <location filename="../../models/kb/KbUsagePrior.cpp" line="+38"/>
        <source>保存知识库使用模型</source>
        <translation>Saving the knowledge-base usage model</translation>
    </message>
</context>
<context>
    <name>ScenarioGenerator</name>
    <message>
        <location filename="../../models/training/ScenarioGenerator.cpp" line="+213"/>
        <source>留言 %1 没有中文，来电人不会这样说</source>
        <translation>Message %1 has no Chinese; a caller would not speak like this</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>留言 %1 只有 %2 个字，不够一通电话（至少 %3 个字）</source>
        <translation>Message %1 has only %2 characters, too few for a call (at least %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>留言 %1 的标注“%2”不是目录里的一级分类</source>
        <translation>The label &quot;%2&quot; of message %1 is not a level-1 category in the catalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>留言 %1 与前面的一条留言内容相同</source>
        <translation>Message %1 has the same text as an earlier message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>留言 %1 说完要 %2 秒，超过一通电话的 %3 秒</source>
        <translation>Message %1 takes %2 s to say, longer than the %3 s of a call</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>留言 %1 找不到两条可核对的要点</source>
        <translation>Message %1 does not have two key facts that can be checked</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>留言 %1 的语音合成失败：%2</source>
        <translation>Speech synthesis failed for message %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>留言 %1 读出来要 %2 秒，超过一通电话的 %3 秒</source>
        <translation>Message %1 takes %2 s to read aloud, longer than the %3 s of a call</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 第 %2 行应有 %3 列，却有 %4 列</source>
        <translation>%1 line %2 should have %3 columns but has %4</translation>
    </message>
</context>
<context>
    <name>SpeechSynthesis</name>
    <message>
        <location filename="../../models/training/SpeechSynthesis.cpp" line="+42"/>
        <source>语音合成的输出 %1 无法读取：%2</source>
        <translation>Cannot read speech synthesis output %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>语音合成的输出 %1 不是单声道音频</source>
        <translation>Speech synthesis output %1 is not mono audio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>语音合成的输出 %1 没有声音</source>
        <translation>Speech synthesis output %1 is silent</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+31"/>
        <source>找不到语音合成程序 %1（请安装 espeak-ng）</source>
        <translation>Speech synthesizer %1 not found (please install espeak-ng)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>语音合成程序 %1 无法运行</source>
        <translation>Speech synthesizer %1 cannot run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>语音合成程序 %1 没有 %2 语音</source>
        <translation>Speech synthesizer %1 has no %2 voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>拼音读音表是空的，无法合成普通话</source>
        <translation>The pinyin pronunciation table is empty; cannot synthesize Mandarin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>没有要合成的句子</source>
        <translation>No sentences to synthesize</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法建立语音合成的临时目录：%1</source>
        <translation>Cannot create a temporary folder for speech synthesis: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 %1 句“%2”没有可读的字</source>
        <translation>Sentence %1 &quot;%2&quot; has no readable characters</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>语音合成程序 %1 在第 %2 句上超时</source>
        <translation>Speech synthesizer %1 timed out on sentence %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>语音合成程序 %1 在第 %2 句上出错：%3</source>
        <translation>Speech synthesizer %1 failed on sentence %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>语音合成的各句采样率不一致</source>
        <translation>The synthesized sentences have different sample rates</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>无法建立目录 %1</source>
        <translation>Cannot create folder %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>无法写入音频 %1：%2</source>
        <translation>Cannot write audio %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法写完音频 %1：%2</source>
        <translation>Cannot finish writing audio %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法把音频存为 %1</source>
        <translation>Cannot save the audio as %1</translation>
    </message>
</context>
<context>
    <name>hotline</name>
    <message>
        <location filename="../../models/store/LocalStore.cpp" line="-107"/>
        <source>%1失败：%2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../models/workorder/WorkOrder.cpp" line="+53"/>
        <source>咨询</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>求助</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举报</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表扬</source>
        <translation>Praise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特急</source>
        <translation>Extra urgent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已直接答复</source>
        <translation>Answered directly</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/workorder/WorkQueue.cpp" line="+41"/>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已派单</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已退单</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/workorder/WorkOrderEvent.cpp" line="+66"/>
        <source>重新办理</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../models/workorder/WorkOrderEvent.cpp" line="-14"/>
        <source>受理</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>直接答复</source>
        <translation>Answer directly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退单</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结答复</source>
        <translation>Resolution reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>催办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复来电</source>
        <translation>Repeat call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派单审核</source>
        <translation>Dispatch review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批延期</source>
        <translation>Decide extension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>催问进度</source>
        <translation>Progress inquiry</translation>
    </message>
    <message>
        <location filename="../../models/kb/KbArticle.cpp" line="+66"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../models/kb/KbImporter.cpp" line="+59"/>
        <source>事项编码（TASK_CODE）为空</source>
        <translation>Item code (TASK_CODE) is empty</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>办理地点：</source>
        <translation>Where to apply: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理部门：</source>
        <translation>Handling department: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定办结时限：</source>
        <translation>Statutory time limit: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺办结时限：</source>
        <translation>Promised time limit: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询电话：</source>
        <translation>Enquiry phone: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉电话：</source>
        <translation>Complaint phone: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网上预约：</source>
        <translation>Online appointment: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递送达：</source>
        <translation>Delivery by courier: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象：</source>
        <translation>Who can apply: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所需材料：</source>
        <translation>Required documents: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理条件：</source>
        <translation>Acceptance conditions: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网上办理：</source>
        <translation>Apply online: </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>条目编号（key）为空</source>
        <translation>The article number (key) is empty</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 不是日期（应为 2026-11-15 这样的格式）：%2</source>
        <translation>%1 is not a date (use a format like 2026-11-15): %2</translation>
    </message>
    <message>
        <location filename="../../models/kb/KbRepository.cpp" line="-227"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../models/kb/KbImporter.cpp" line="-40"/>
        <source>留言编号（msg_id）为空</source>
        <translation>Message ID (msg_id) is empty</translation>
    </message>
    <message>
        <location filename="../../models/kb/KbRepository.cpp" line="+0"/>
        <source>文章未保存：%1</source>
        <translation>Article not saved: %1</translation>
    </message>
    <message>
        <location filename="../../models/workorder/LifecycleCodes.cpp" line="+42"/>
        <source>不属于本单位职责</source>
        <translation>Not this unit&apos;s responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不在本单位辖区</source>
        <translation>Outside this unit&apos;s area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求或地址不清</source>
        <translation>Appeal or address unclear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复工单</source>
        <translation>Duplicate order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需多部门协调</source>
        <translation>Needs several departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../models/telephony/Phone.cpp" line="+19"/>
        <source>振铃</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通话中</source>
        <translation>In call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保持</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/workorder/LifecycleCodes.cpp" line="+1"/>
        <source>未接通</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../models/workorder/LifecycleCodes.cpp" line="+8"/>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改派</source>
        <translation>Re-dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/workorder/WorkQueue.cpp" line="+6"/>
        <source>退回接线员</source>
        <translation>Back to operator</translation>
    </message>
    <message>
        <location filename="../../models/workorder/WorkQueue.cpp" line="-7"/>
        <source>待派单</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待改派</source>
        <translation>To re-dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期审批</source>
        <translation>Extension request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急未签收</source>
        <translation>Urgent, not signed for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访不满意</source>
        <translation>Dissatisfied callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待回访</source>
        <translation>To call back</translation>
    </message>
</context>
<context>
    <name>hotline::AgentSession</name>
    <message>
        <location filename="../../models/telephony/AgentSession.cpp" line="+30"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示闲</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示忙</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通话中</source>
        <translation>In call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>话后整理</source>
        <translation>After-call work</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>通话中不能示闲：挂机后再示闲</source>
        <translation>Cannot go ready during a call: hang up first</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”不是示忙原因；可选：%2</source>
        <translation>&quot;%1&quot; is not a not-ready reason; choose one of: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>通话中不能离线：先挂机</source>
        <translation>Cannot go offline during a call: hang up first</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>已在通话中</source>
        <translation>Already in a call</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>没有通话可挂断</source>
        <translation>No call to hang up</translation>
    </message>
</context>
<context>
    <name>hotline::AgentSettings</name>
    <message>
        <location filename="../../models/telephony/AgentSettings.cpp" line="+18"/>
        <source>小休</source>
        <translation>Break</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>就餐</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>减压</source>
        <translation>Decompression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>示忙原因“%1”中有空的一项（用分号分隔，如 小休;就餐;培训）</source>
        <translation>The not-ready reasons &quot;%1&quot; have an empty entry (separate them with semicolons, e.g. 小休;就餐;培训)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>示忙原因“%1”太长（最多 20 个字）</source>
        <translation>The not-ready reason &quot;%1&quot; is too long (20 characters at most)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>示忙原因“%1”重复</source>
        <translation>The not-ready reason &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>示忙原因最多 9 个（数字键 1–9 选择），给了 %1 个</source>
        <translation>At most 9 not-ready reasons (chosen with the keys 1–9); %1 were given</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>话后整理时长“%1”应为 0–3600 秒（0 为不限）</source>
        <translation>After-call work time &quot;%1&quot; must be 0–3600 seconds (0: no limit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>示忙转接号码“%1”不是电话号码或分机号</source>
        <translation>The divert number &quot;%1&quot; is not a phone number or extension</translation>
    </message>
</context>
<context>
    <name>hotline::AgentStateReport</name>
    <message>
        <location filename="../../models/telephony/AgentStateReport.cpp" line="+36"/>
        <source>坐席状态中有未知字段“%1”</source>
        <translation>Unknown field &quot;%1&quot; in the agent state</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>坐席状态需要 UUID 形式的 id</source>
        <translation>An agent state needs an id in UUID form</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>坐席状态“%1”（原状态“%2”）不认识；应为 offline、ready、not_ready、in_call、after_call</source>
        <translation>Agent state &quot;%1&quot; (from &quot;%2&quot;) is not known; use offline, ready, not_ready, in_call or after_call</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>坐席状态的 reason 应为字符串</source>
        <translation>The agent state&apos;s reason must be a string</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>示忙原因超过 %1 个字</source>
        <translation>The not-ready reason is longer than %1 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>示忙需要原因</source>
        <translation>Not ready needs a reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>坐席状态的时间“%1”应为 UTC 的 ISO 8601 时间</source>
        <translation>The agent state&apos;s time &quot;%1&quot; must be ISO 8601 in UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>坐席状态的 seconds 应为非负整数</source>
        <translation>The agent state&apos;s seconds must be a whole number, 0 or more</translation>
    </message>
</context>
<context>
    <name>hotline::ArticlePage</name>
    <message>
        <location filename="../../ui/editor/ArticlePage.cpp" line="+64"/>
        <source>按标题查找（Ctrl+F）</source>
        <translation>Find by title (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>来电人的不同问法，每行一条</source>
        <translation>Question variants as callers put them, one per line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用逗号或顿号分隔</source>
        <translation>Separate with commas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>如 2026-11-15，留空为不限</source>
        <translation>e.g. 2026-11-15; leave empty for no limit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>标题(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问法(&amp;Q)</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答案(&amp;A)</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关键词(&amp;K)</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项分类(&amp;C)</source>
        <translation>Item &amp;classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任单位(&amp;U)</source>
        <translation>Responsible &amp;unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区(&amp;R)</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生效日期(&amp;B)</source>
        <translation>Valid from (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失效日期(&amp;E)</source>
        <translation>Valid until (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>预览（F5 刷新）</source>
        <translation>Preview (F5 to refresh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>历史版本（Ctrl+H，回车查看）</source>
        <translation>Version history (Ctrl+H, Enter to view)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 %1 版（%2，%3）</source>
        <translation>Version %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>预览（未保存的修改）</source>
        <translation>Preview (unsaved changes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>，有未发布的修改</source>
        <translation>, unpublished changes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>新文章（未保存）</source>
        <translation>New article (not saved)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1，最新第 %2 版</source>
        <translation>%1, latest version %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，坐席看到第 %1 版</source>
        <translation>, agents see version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>已保存为草稿（第 1 版）；Ctrl+P 发布</source>
        <translation>Saved as a draft (version 1); Ctrl+P publishes it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已保存第 %1 版；坐席仍看到已发布的版本，Ctrl+P 发布</source>
        <translation>Saved version %1; agents still see the published version until you publish with Ctrl+P</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已发布第 %1 版：本机检索即刻可见</source>
        <translation>Published version %1: it shows up in searches on this computer right away</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>这篇文章还没有保存，无需撤回</source>
        <translation>This article has not been saved yet, so there is nothing to withdraw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已撤回：坐席不再看到这篇文章</source>
        <translation>Withdrawn: agents no longer see this article</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>责任单位：%1</source>
        <translation>Responsible unit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有效期：%1 至 %2</source>
        <translation>Valid: %1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>不限</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>第 %1 版 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · 已发布</source>
        <translation> · published</translation>
    </message>
</context>
<context>
    <name>hotline::BaresipConfig</name>
    <message>
        <location filename="../../models/telephony/BaresipConfig.cpp" line="+108"/>
        <source>坐席账号“%1”不能用作 SIP 用户名：只能是字母、数字和 . _ ~ + -，最长 64 个</source>
        <translation>The seat account &quot;%1&quot; cannot be a SIP user name: letters, digits and . _ ~ + - only, at most 64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIP 地址“%1”不是 IP 地址</source>
        <translation>SIP address &quot;%1&quot; is not an IP address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIP 地址不能是“%1”：请填本机的一个具体地址，呼叫的媒体从它所在的网卡收发</source>
        <translation>SIP address cannot be &quot;%1&quot;: give one address of this machine; the call&apos;s media go through its interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIP 地址 %1 不是本机的地址：baresip 无法在它上面收听</source>
        <translation>SIP address %1 is not an address of this machine: baresip cannot listen on it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIP 端口</source>
        <translation>SIP port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>控制端口</source>
        <translation>Control port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 不在 1–65535 之间</source>
        <translation>%1 %2 is not between 1 and 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>控制端口与 SIP 端口都是 %1：SIP 也在 TCP 上收听，两者须不同</source>
        <translation>The control port and the SIP port are both %1: SIP listens on TCP too, they must differ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>注册服务器“%1”应是“主机”或“主机:端口”</source>
        <translation>Registrar &quot;%1&quot; must be &quot;host&quot; or &quot;host:port&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>注册用户名“%1”不能用作 SIP 用户名：只能是字母、数字和 . _ ~ + -</source>
        <translation>Registration user &quot;%1&quot; cannot be a SIP user name: letters, digits and . _ ~ + - only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>向 %1 注册需要密码</source>
        <translation>Registering with %1 needs a password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>密码含有空格或 ; , &quot; &lt; &gt; 之一：baresip 的账号行无法写入这样的密码</source>
        <translation>The password holds a space or one of ; , &quot; &lt; &gt;: baresip&apos;s account line cannot hold it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>拨号域“%1”应是“主机”或“主机:端口”</source>
        <translation>Dial domain &quot;%1&quot; must be &quot;host&quot; or &quot;host:port&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>音源</source>
        <translation>Audio source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放音设备</source>
        <translation>Audio player</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1“%2”应写成“模块,设备”，如 alsa,default，且不含空格</source>
        <translation>%1 &quot;%2&quot; must be written &quot;module,device&quot;, e.g. alsa,default, without spaces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1的 WAV 文件 %2 不存在</source>
        <translation>The WAV file %2 of the %1 does not exist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>baresip 模块文件夹“%1”不能为空或含空格</source>
        <translation>baresip&apos;s module folder &quot;%1&quot; must not be empty or hold spaces</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>baresip 模块 %1 不在 %2 中：请安装 Debian 软件包 baresip-core（或提供该模块的 baresip 软件包）</source>
        <translation>baresip module %1 is not in %2: install the Debian package baresip-core (or the baresip package that has it)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>录音文件夹“%1”应是绝对路径</source>
        <translation>Recordings folder &quot;%1&quot; must be an absolute path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>录音文件夹“%1”含有空格：baresip 的配置在空格处截断</source>
        <translation>Recordings folder &quot;%1&quot; holds a space: baresip&apos;s configuration stops at spaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>录音文件夹路径“%1”太长：baresip 的录音模块最多接受 %2 字节</source>
        <translation>Recordings folder &quot;%1&quot; is too long: baresip&apos;s recording module takes at most %2 bytes</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>无法创建录音文件夹 %1</source>
        <translation>Cannot create the recordings folder %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>录音文件夹 %1 不可写入</source>
        <translation>The recordings folder %1 is not writable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法创建 baresip 配置文件夹 %1</source>
        <translation>Cannot create baresip&apos;s configuration folder %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hotline::BaresipControl</name>
    <message>
        <location filename="../../models/telephony/BaresipControl.cpp" line="+19"/>
        <source>baresip 在 %1 秒内没有应答命令“%2”</source>
        <translation>baresip did not answer the command &quot;%2&quot; within %1 seconds</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>baresip 关闭了控制连接 %1</source>
        <translation>baresip closed the control connection %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法连接 baresip 控制端口 %1：%2</source>
        <translation>Cannot connect to baresip&apos;s control port %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>baresip 控制端口 %1 发来无法解析的消息（%2），已断开重连</source>
        <translation>baresip&apos;s control port %1 sent a message that does not read (%2); reconnecting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>baresip 控制端口 %1 发来的数据不合协议（%2），已断开重连</source>
        <translation>baresip&apos;s control port %1 broke the protocol (%2); reconnecting</translation>
    </message>
</context>
<context>
    <name>hotline::BaresipMessage</name>
    <message>
        <location filename="../../models/telephony/BaresipMessage.cpp" line="+24"/>
        <source>不是 JSON（第 %1 字符：%2）</source>
        <translation>not JSON (character %1: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不是 JSON 对象</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>字段“%1”应是字符串</source>
        <translation>field &quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>应答缺少布尔字段“ok”</source>
        <translation>a response without the boolean field &quot;ok&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>既不是应答也不是事件</source>
        <translation>neither a response nor an event</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>事件缺少类型“type”</source>
        <translation>an event without its &quot;type&quot;</translation>
    </message>
</context>
<context>
    <name>hotline::BaresipPhone</name>
    <message>
        <location filename="../../models/telephony/BaresipPhone.cpp" line="+106"/>
        <source>软电话已停止</source>
        <translation>The softphone has stopped</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>与软电话 baresip 的连接中断</source>
        <translation>The connection to the baresip softphone is lost</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>软电话 baresip 意外退出</source>
        <translation>The baresip softphone quit unexpectedly</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>没有通话 %1</source>
        <translation>No call %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>通话当前为“%1”，不能%2</source>
        <translation>The call is &quot;%1&quot;: cannot %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>软电话 baresip 未连接</source>
        <translation>The baresip softphone is not connected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>软电话 baresip 未连接：%1</source>
        <translation>The baresip softphone is not connected: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>转接号码“%1”不是电话号码或分机号</source>
        <translation>Transfer number &quot;%1&quot; is not a phone number or extension</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>baresip 找不到通话 %1（%2），随后的命令可能落在了别的通话上</source>
        <translation>baresip cannot find call %1 (%2); a following command may have reached another call</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>接听</source>
        <translation>answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>通话 %1 是拨出的，不能接听</source>
        <translation>Call %1 is outgoing: it cannot be answered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip 未能接听来电</source>
        <translation>baresip could not answer the call</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>挂断</source>
        <translation>hang up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>通话 %1 正在挂断</source>
        <translation>Call %1 is being hung up</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../models/telephony/BaresipPhoneEvents.cpp" line="+83"/>
        <source>baresip 未能挂断通话</source>
        <translation>baresip could not hang up the call</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>保持</source>
        <translation>hold</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>baresip 未能保持通话</source>
        <translation>baresip could not hold the call</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>恢复通话</source>
        <translation>resume</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>baresip 未能恢复通话</source>
        <translation>baresip could not resume the call</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>静音</source>
        <translation>mute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>baresip 未能切换静音</source>
        <translation>baresip could not switch mute</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>按键“%1”不是电话按键（0–9、*、#、A–D）</source>
        <translation>Keys &quot;%1&quot; are not phone keys (0–9, *, #, A–D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发送按键</source>
        <translation>send keys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>baresip 未能发送按键</source>
        <translation>baresip could not send the keys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转接</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+71"/>
        <source>通话 %1 正在转接至 %2</source>
        <translation>Call %1 is being transferred to %2</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>baresip 未能转接通话</source>
        <translation>baresip could not transfer the call</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>咨询转接</source>
        <translation>Consulted transfer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已在咨询 %1</source>
        <translation>Already consulting %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上一个咨询还在拨出，请稍候</source>
        <translation>The last consultation is still dialling: wait a moment</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>无法拨打 %1：%2</source>
        <translation>Cannot dial %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>完成转接</source>
        <translation>complete the transfer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>通话 %1 不是对 %2 的咨询</source>
        <translation>Call %1 is not a consultation for %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baresip 未能完成转接</source>
        <translation>baresip could not complete the transfer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baresip 未能挂断咨询</source>
        <translation>baresip could not hang up the consultation</translation>
    </message>
    <message>
        <location filename="../../models/telephony/BaresipPhoneEvents.cpp" line="-46"/>
        <source>软电话注册失败：%1</source>
        <translation>The softphone&apos;s registration failed: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>软电话的音频设备出错：%1</source>
        <translation>The softphone&apos;s audio device failed: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>示忙中，来电已转至 %1</source>
        <translation>Not ready: the call was diverted to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在通话，来电已拒接</source>
        <translation>In a call: the incoming call was refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示忙中，来电已拒接</source>
        <translation>Not ready: the call was refused</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>baresip 未能接起要转移的来电</source>
        <translation>baresip could not pick up the call to divert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baresip 未能拒接来电</source>
        <translation>baresip could not refuse the call</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>baresip 未能转移来电</source>
        <translation>baresip could not divert the call</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>咨询后已转接至 %1</source>
        <translation>Transferred to %1 after consultation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已转接至 %1</source>
        <translation>Transferred to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>咨询后已转接</source>
        <translation>Transferred after consultation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>音频设备出错，通话中断（%1）</source>
        <translation>The audio device failed; the call dropped (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>坐席挂断</source>
        <translation>The operator hung up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对方挂断</source>
        <translation>The other side hung up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人挂断</source>
        <translation>The caller hung up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>坐席取消了咨询</source>
        <translation>The operator cancelled the consultation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>坐席拒接</source>
        <translation>The operator refused the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询对象未接通（%1）</source>
        <translation>The consulted party did not answer (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人在接听前挂断（未接来电）</source>
        <translation>The caller hung up before the answer (missed call)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>来电转至 %1 失败（%2）</source>
        <translation>Diverting the call to %1 failed (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转接至 %1 失败（%2），baresip 随即挂断了这个通话</source>
        <translation>The transfer to %1 failed (%2); baresip then hung up the call</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>baresip 未能重新保持通话</source>
        <translation>baresip could not put the call back on hold</translation>
    </message>
</context>
<context>
    <name>hotline::BaresipProcess</name>
    <message>
        <location filename="../../models/telephony/BaresipProcess.cpp" line="+62"/>
        <source>找不到 baresip 程序“%1”：请安装 Debian 软件包 baresip-core，或在设置中填写 baresip 的路径</source>
        <translation>The baresip program &quot;%1&quot; was not found: install the Debian package baresip-core, or set baresip&apos;s path</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>baresip 意外终止（崩溃或被杀死）</source>
        <translation>baresip ended unexpectedly (crashed or killed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baresip 已退出（退出码 %1）</source>
        <translation>baresip quit (exit code %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>，最后的输出：%1</source>
        <translation>; its last output: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法启动 baresip（%1）：%2</source>
        <translation>Cannot start baresip (%1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>；%1 秒后重新启动</source>
        <translation>; started again in %1 s</translation>
    </message>
</context>
<context>
    <name>hotline::CalendarCsv</name>
    <message>
        <location filename="../../models/timelimits/CalendarCsv.cpp" line="+21"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应有 2 列（日期,类型），实际 %1 列</source>
        <translation>Expected 2 columns (date, type), found %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>日期“%1”应写作 YYYY-MM-DD</source>
        <translation>Date “%1” should be written as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>类型“%1”无效，应为 holiday（放假）或 workday（调休上班）</source>
        <translation>Type “%1” is not valid: use holiday (day off) or workday (make-up working day)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 是工作日（周%2），调休上班只能是周末</source>
        <translation>%1 is a weekday (day %2 of the week): only a weekend day can be a make-up working day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期 %1 与第 %2 行重复</source>
        <translation>Date %1 repeats line %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文件中没有任何日期</source>
        <translation>The file holds no dates</translation>
    </message>
</context>
<context>
    <name>hotline::Calibration</name>
    <message>
        <location filename="../../models/quality/Calibration.cpp" line="+37"/>
        <source>参考质检员 %1 没有给这条录音评分</source>
        <translation>Reference reviewer %1 has not scored this recording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只有参考质检员 %1 评了分：校准至少要两位质检员</source>
        <translation>Only reference reviewer %1 has scored it: calibration needs at least two reviewers</translation>
    </message>
</context>
<context>
    <name>hotline::CalibrationView</name>
    <message>
        <location filename="../../ui/lead/CalibrationView.cpp" line="+55"/>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>比较人数</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>平均分差</source>
        <translation>Mean diff.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>一致率</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>质检员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>与参考差</source>
        <translation>Vs. reference</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>校准：几位质检员给同一通录音评分后，在“参考质检员”处输入参考人并按 Enter</source>
        <translation>Calibration: once several reviewers have scored the same recording, enter the reference under &quot;Reference reviewer&quot; and press Enter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>参考质检员 %1：%2 分（评分表 %3 第 %4 版）</source>
        <translation>Reference reviewer %1: %2 points (form %3, version %4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>0（致命项）</source>
        <translation>0 (fatal)</translation>
    </message>
</context>
<context>
    <name>hotline::CallBar</name>
    <message>
        <location filename="../../ui/operator/CallBar.cpp" line="+74"/>
        <location line="+72"/>
        <source>未显示号码</source>
        <translation>Number withheld</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>来电 %1</source>
        <translation>Call from %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人未显示号码：接听后请询问联系电话</source>
        <translation>The caller&apos;s number is withheld: ask for a contact number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在查找来电历史…</source>
        <translation>Looking up the caller&apos;s history…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 接听 · %2 拒接</source>
        <translation>%1 answer · %2 refuse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>首次来电：没有历史工单</source>
        <translation>First call: no earlier orders</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>历史工单 %1 张，未办结 %2 张</source>
        <translation>%1 earlier orders, %2 open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重复来电</source>
        <translation>Repeat call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可能催问进度（%1）</source>
        <translation>May ask about progress (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>手工受理</source>
        <translation>Taken by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通话中 %1 · %2</source>
        <translation>In call %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保持中</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已静音</source>
        <translation>Muted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在咨询 %1（%2）：来电人在保持；%3 完成转接，%4 挂断咨询</source>
        <translation>Consulting %1 (%2): the caller is on hold; %3 completes the transfer, %4 ends the consultation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 结束（话后整理）</source>
        <translation>%1 end (after-call work)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 保持/恢复 · %2 静音 · %3 转接 · %4 咨询转接 · %5 挂机</source>
        <translation>%1 hold/resume · %2 mute · %3 transfer · %4 consult · %5 hang up</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未接来电 %1</source>
        <translation>Missed call %1</translation>
    </message>
</context>
<context>
    <name>hotline::CallControl</name>
    <message>
        <location filename="../../models/telephony/CallControl.cpp" line="+48"/>
        <source>这通电话是手工受理的，话机上没有它</source>
        <translation>This call was taken by hand; it is not on the phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>现在没有通话</source>
        <translation>There is no call now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来电尚未接听</source>
        <translation>The call has not been answered yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已在通话中：先挂机（F4）</source>
        <translation>Already in a call: hang up first (F4)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>现在没有通话可挂断</source>
        <translation>There is no call to hang up</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>咨询中，来电人已在保持：完成转接（Ctrl+Shift+T）或挂断咨询（F4）</source>
        <translation>Consulting, the caller is on hold: complete the transfer (Ctrl+Shift+T) or end the consultation (F4)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已在咨询 %1</source>
        <translation>Already consulting %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>没有在咨询：先咨询转接（Ctrl+Shift+T）</source>
        <translation>No consultation: start one first (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>话机故障</source>
        <translation>Phone fault</translation>
    </message>
</context>
<context>
    <name>hotline::CallScoring</name>
    <message>
        <location filename="../../models/training/CallScoring.cpp" line="+233"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+1"/>
        <source>%1 字/分</source>
        <translation>%1 chars/min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 秒内</source>
        <translation>within %1 s</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>一级分类不对，不得分</source>
        <translation>Wrong level 1: no points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一级分类对，二级不对：部分得分</source>
        <translation>Right level 1, wrong level 2: partial credit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>二级分类对，三级不对：部分得分</source>
        <translation>Right level 2, wrong level 3: partial credit</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>中间多了字，仍算写到</source>
        <translation>Words added in between, still counted</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>区不对</source>
        <translation>wrong district</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>街道不对</source>
        <translation>wrong street</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>社区不对</source>
        <translation>wrong community</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>少了区</source>
        <translation>district missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>少了街道</source>
        <translation>street missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>少了社区</source>
        <translation>community missing</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>引用的不是这一条</source>
        <translation>Another article was taken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>录入速度</source>
        <translation>Typing speed</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>打开了正确的条目，但没有引用到答复：一半分</source>
        <translation>The right article was opened but not taken into the reply: half the points</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>打开过：%1</source>
        <translation>Opened: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>挂机到提交</source>
        <translation>Hang-up to submit</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>按速度比例得分</source>
        <translation>Points in proportion to the speed</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>描述中有</source>
        <translation>In the description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>描述中没有</source>
        <translation>Not in the description</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>没有选事项</source>
        <translation>No item chosen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>涉及单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>知识库条目</source>
        <translation>Knowledge-base article</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>要点 %1</source>
        <translation>Key fact %1</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>诉求类型</source>
        <translation>Appeal type</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>超过 %1 秒，按时间递减</source>
        <translation>Over %1 s: fewer points the longer it took</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+38"/>
        <location line="+18"/>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>（未引用）</source>
        <translation>(none taken)</translation>
    </message>
</context>
<context>
    <name>hotline::CallbackListView</name>
    <message>
        <location filename="../../ui/dispatch/CallbackListView.cpp" line="+17"/>
        <source>回访结果：%1</source>
        <translation>Callback result: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;b&gt;回访电话：&lt;/b&gt;%1 %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Number to call: &lt;/b&gt;%1 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;读给市民听：&lt;/b&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Read to the caller: &lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;此件已并入工单 %1，答复为主工单的答复&lt;/p&gt;</source>
        <translation>&lt;p&gt;Merged into work order %1: the reply is the main order&apos;s&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;已拨打未接通 %1 次（共 %2 次机会）&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unreachable on %1 of %2 allowed attempts&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hotline::CallerHistory</name>
    <message>
        <location filename="../../models/desk/CallerHistory.cpp" line="+45"/>
        <source>正在查询全中心的工单…</source>
        <translation>Searching work orders across the center…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>离线：只有本席的工单</source>
        <translation>Offline: this desk&apos;s work orders only</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>离线：只有本席的工单（%1）</source>
        <translation>Offline: this desk&apos;s work orders only (%1)</translation>
    </message>
</context>
<context>
    <name>hotline::CallerHistoryPanel</name>
    <message>
        <location filename="../../ui/operator/CallerHistoryPanel.cpp" line="+56"/>
        <source>输入来电号码后，这里列出该号码的历史工单。</source>
        <translation>Enter the caller&apos;s phone number to list that number&apos;s past work orders here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号码 %1 没有历史工单：首次来电。</source>
        <translation>No past work orders for %1: first call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号码 %1 的历史工单 %2 张：</source>
        <translation>Past work orders for %1 (%2):</translation>
    </message>
</context>
<context>
    <name>hotline::CatalogCsv</name>
    <message>
        <location filename="../../models/catalog/CatalogCsv.cpp" line="+44"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>应有 3 列（一级,二级,三级分类），实际 %1 列</source>
        <translation type="vanished">Expected 3 columns (level 1, level 2, level 3), found %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>应有 %1 列（一级,二级,三级分类%2），实际 %3 列</source>
        <translation>Expected %1 columns (level 1, level 2, level 3%2), found %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>,关键词</source>
        <translation>, keywords</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>三级分类都不能为空</source>
        <translation>None of the three levels may be empty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>分类名称最多 %1 个字</source>
        <translation>A category name has at most %1 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>分类“%1”与第 %2 行重复</source>
        <translation>Category “%1” repeats line %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>关键词“%1”太长，最多 %2 个字</source>
        <translation>Keyword “%1” is too long: at most %2 characters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>关键词最多 %1 个，实际 %2 个</source>
        <translation>At most %1 keywords, found %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件中没有任何分类</source>
        <translation>The file holds no categories</translation>
    </message>
</context>
<context>
    <name>hotline::CentreReviewService</name>
    <message>
        <location filename="../../models/recordings/CentreReviewService.cpp" line="+52"/>
        <source>录音编号 %1 无效</source>
        <translation>Recording ID %1 is not valid</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>连不上中心：%1</source>
        <translation>Cannot reach the center: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>中心不给这段录音（%1）</source>
        <translation>The center refused this recording (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>录音无法存到 %1：%2</source>
        <translation>Cannot save the recording to %1: %2</translation>
    </message>
</context>
<context>
    <name>hotline::CentreTrainingService</name>
    <message>
        <location filename="../../models/training/CentreTrainingService.cpp" line="+36"/>
        <source>连不上中心：%1</source>
        <translation>Cannot reach the center: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>中心拒绝了请求（%1）</source>
        <translation>The center refused the request (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>中心拒绝了请求（%1）：%2</source>
        <translation>The center refused the request (%1): %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>中心的答复不是 JSON 对象</source>
        <translation>The center&apos;s reply is not a JSON object</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>中心的情景清单缺少 revision 或 scenarios</source>
        <translation>The center&apos;s scenario list lacks revision or scenarios</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>中心发来的情景 %1 不对：%2</source>
        <translation>Scenario %1 from the center is invalid: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>中心的课程清单缺少 revision 或 courses</source>
        <translation>The center&apos;s course list lacks revision or courses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>中心发来的课程 %1 不对：%2</source>
        <translation>Course %1 from the center is invalid: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>中心发来的课程不对：%1</source>
        <translation>The course from the center is invalid: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>中心发来的培训记录不对：%1</source>
        <translation>The training record from the center is invalid: %1</translation>
    </message>
</context>
<context>
    <name>hotline::ClassView</name>
    <message>
        <location filename="../../ui/training/ClassView.cpp" line="+52"/>
        <source>按姓名或账号筛选（Ctrl+F）</source>
        <translation>Filter by name or login (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>学员</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>账号</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>平均分</source>
        <translation>Average</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>考试</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>字/分</source>
        <translation>Chars/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交秒数</source>
        <translation>Submit (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按键</source>
        <translation>Keystrokes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>静默秒数</source>
        <translation>Silence (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最弱事项</source>
        <translation>Weakest item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最弱区</source>
        <translation>Weakest district</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>各情景最好成绩的平均（未练的算 0）</source>
        <translation>The average of the best score of each scenario (0 for one not yet played)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>挂机到提交工单的平均秒数</source>
        <translation>Average seconds from hang-up to submitting the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人等待的平均秒数：保持加上说完后超过 5 秒的沉默</source>
        <translation>Average seconds the caller waited: on hold, plus silence beyond 5 s after they finished speaking</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>课程(&amp;K)：</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>还没有培训数据（F5 向中心读取）</source>
        <translation>No training data yet (F5 asks the centre)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1（考试）</source>
        <translation>%1 (exam)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>通过 %1</source>
        <translation>Passed %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未通过 %1</source>
        <translation>Failed %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>差 %n 个</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>这门课程还没有学员</source>
        <translation>No trainees in this course yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有选中学员</source>
        <translation>No trainee selected</translation>
    </message>
</context>
<context>
    <name>hotline::ClassifierRepository</name>
    <message>
        <location filename="../../models/classify/ClassifierRepository.cpp" line="-22"/>
        <source>分类模型尚未训练，无法保存</source>
        <translation>The classification model has not been trained yet, so it cannot be saved</translation>
    </message>
</context>
<context>
    <name>hotline::Course</name>
    <message>
        <location filename="../../models/training/Scenario.cpp" line="+206"/>
        <source>课程需要编号（id）和标题（title）</source>
        <translation>A course needs a number (id) and a title (title)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>课程 %1 没有情景</source>
        <translation>Course %1 has no scenarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>课程 %1 同一情景列了两次</source>
        <translation>Course %1 lists the same scenario twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>课程 %1 的及格分 %2 应在 0 到 100 之间</source>
        <translation>The pass mark %2 of course %1 must be between 0 and 100</translation>
    </message>
</context>
<context>
    <name>hotline::CsvReader</name>
    <message>
        <location filename="../../models/importing/CsvReader.cpp" line="+22"/>
        <source>第 %1 行：不是有效的 UTF-8 编码（请把文件另存为 UTF-8）</source>
        <translation>Line %1: not valid UTF-8 (please save the file as UTF-8)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>第 %1 行：引号没有闭合</source>
        <translation>Line %1: unclosed quotation mark</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法打开文件 %1：%2</source>
        <translation>Cannot open file %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>文件是空的：第 1 行应为表头 %1</source>
        <translation>The file is empty: line 1 should be the header %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 %1 行：表头应为 %2，实际为 %3</source>
        <translation>Line %1: the header should be %2, found %3</translation>
    </message>
</context>
<context>
    <name>hotline::Deadlines</name>
    <message>
        <location filename="../../models/timelimits/Deadlines.cpp" line="+60"/>
        <source>%1天%2小时</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1小时%2分</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超时 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>剩 %1</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>hotline::DepartmentView</name>
    <message>
        <location filename="../../ui/dispatch/DepartmentView.cpp" line="+16"/>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理结果（回访时读给市民听）：</source>
        <translation>Result (read to the caller at the callback): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>延期 %n 天</source>
        <translation>
            <numerusform>Extend by %n day</numerusform>
            <numerusform>Extend by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请延期，选天数并写明理由：</source>
        <translation>Request extension; choose the days and give the reason: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已申请延期，等待派单员审批</source>
        <translation>Extension requested; awaiting the dispatcher&apos;s decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退单</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>退单理由：</source>
        <translation>Reason for return: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已退单：%1</source>
        <translation>Returned: %1</translation>
    </message>
</context>
<context>
    <name>hotline::DeskSiteConfig</name>
    <message>
        <location filename="../../models/sync/DeskSiteConfig.cpp" line="+34"/>
        <source>中心地址应为 https://主机:端口</source>
        <translation>The centre address should be https://host:port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>中心地址只能以 https:// 开头</source>
        <translation>The centre address must start with https://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不加密的 http 只允许连本机：请用 https://，或由管理员在 /etc/hotline/desk.ini 里设 allow-plain-http=true</source>
        <translation>Unencrypted http is allowed to this machine only: use https://, or have the administrator set allow-plain-http=true in /etc/hotline/desk.ini</translation>
    </message>
</context>
<context>
    <name>hotline::DeskWindow</name>
    <message>
        <location filename="../../ui/operator/DeskWindow.cpp" line="+63"/>
        <source>12345 热线坐席 — Hotline Desk</source>
        <translation>12345 Hotline Agent — Hotline Desk</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>工单草稿没能保存：%1</source>
        <translation>The draft order could not be saved: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>来电历史</source>
        <translation>Call history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>地图</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>工单地点已设为 %1</source>
        <translation>Work order location set to %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本次来电已关联到附近的工单 %1</source>
        <translation>This call has been linked to nearby work order %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>通话转写</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已把转写句子加入诉求内容</source>
        <translation>Transcript sentence added to the description</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>该号码没有未办结的工单</source>
        <translation>This number has no unresolved work orders</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>按 F1 查看全部快捷键</source>
        <translation>Press F1 to see all shortcuts</translation>
    </message>
    <message>
        <source>坐席：%1</source>
        <translation type="vanished">Agent: %1</translation>
    </message>
    <message>
        <source>通话 %1:%2</source>
        <translation type="vanished">Call %1:%2</translation>
    </message>
    <message>
        <source>未同步 %1</source>
        <translation type="vanished">Unsynced: %1</translation>
    </message>
    <message>
        <source>中心：%1 · 未同步 %2</source>
        <translation type="vanished">Center: %1 · unsynced: %2</translation>
    </message>
    <message>
        <source> · 上次同步 %1</source>
        <translation type="vanished"> · last sync %1</translation>
    </message>
    <message>
        <source>（Ctrl+Shift+I 登录）</source>
        <translation type="vanished"> (Ctrl+Shift+I to sign in)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>面板已恢复默认布局</source>
        <translation>Panels put back in their default places</translation>
    </message>
    <message>
        <location filename="../../ui/operator/DeskWindowCalls.cpp" line="+41"/>
        <source>本次通话结束后示忙（%1）</source>
        <translation>Not ready after this call (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下线</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已挂机：完成工单后按 Ctrl+Enter 提交</source>
        <translation>Hung up: finish the order and submit with Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>话机故障：%1。工单仍可手工受理（Ctrl+N）</source>
        <translation>Phone fault: %1. Orders can still be taken by hand (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>话机已恢复</source>
        <translation>The phone is back</translation>
    </message>
    <message>
        <location filename="../../ui/operator/DeskWindow.cpp" line="+27"/>
        <source>已恢复上次未提交的工单草稿（%1 保存）。核对后按 Ctrl+Enter 提交，或 Ctrl+Shift+L 清空。</source>
        <translation>The unsubmitted order from last time is back (saved %1). Check it and submit with Ctrl+Enter, or clear it with Ctrl+Shift+L.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/DeskWindowCalls.cpp" line="+24"/>
        <source>表单中有未提交的工单：先提交（Ctrl+Enter）或清空（Ctrl+Shift+L），再接听</source>
        <translation>The form holds an unsubmitted order: submit it (Ctrl+Enter) or clear it (Ctrl+Shift+L) before answering</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>现在没有可转接的通话</source>
        <translation>There is no call to transfer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在咨询 %1 %2：通话后按 Ctrl+Shift+T 完成转接</source>
        <translation>Consulting %1 %2: after talking, press Ctrl+Shift+T to complete the transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转接至 %1 %2</source>
        <translation>Transferred to %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/operator/DeskWindow.cpp" line="+69"/>
        <source>通话进行中</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在通话。退出会挂断这通电话；已填写的工单会作为草稿保留，下次启动时恢复。确定退出吗？</source>
        <translation>A call is in progress. Quitting hangs it up; the order typed so far is kept as a draft and restored at the next start. Quit?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>挂断并退出</source>
        <translation>Hang up and quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>继续通话</source>
        <translation>Stay on the call</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>中心拒绝了本席的一项操作：%1</source>
        <translation>The center rejected an operation from this desk: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这台坐席没有启用与中心的同步</source>
        <translation>Sync with the center is not enabled on this desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已登录中心</source>
        <translation>Signed in to the center</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>我的质检评价</source>
        <translation>My quality reviews</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F10 要先登录中心（Ctrl+Shift+I）：班长看质检与现场，接线员看自己的质检评价</source>
        <translation>F10 needs sign-in to the center first (Ctrl+Shift+I): team leads see quality and the floor, operators their own quality reviews</translation>
    </message>
    <message>
        <location filename="../../ui/operator/DeskWindowOrders.cpp" line="+34"/>
        <source>先在知识库中选中一条知识（Ctrl+K 搜索）</source>
        <translation>Select an article in the knowledge base first (Ctrl+K to search)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已采用《%1》的答案</source>
        <translation>Used the answer from “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/operator/DeskWindow.cpp" line="-50"/>
        <source>工单流转要先登录中心（Ctrl+Shift+I）</source>
        <translation>Sign in to the center first to see the work lists (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>角色“%1”没有工单流转列表；请以派单员、承办单位或接线员登录</source>
        <translation>The role “%1” has no work list: sign in as a dispatcher, a responsible unit or an operator</translation>
    </message>
    <message>
        <location filename="../../ui/operator/DeskWindowOrders.cpp" line="+32"/>
        <source>该号码没有未办结的工单可催问</source>
        <translation>This number has no unresolved work order to ask about</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;工单 %1 · %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Work order %1 · %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;承办单位：%1</source>
        <translation>&lt;br&gt;Responsible unit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;承办单位尚未答复</source>
        <translation>&lt;br&gt;The responsible unit has not replied yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;br&gt;最近答复：%1</source>
        <translation>&lt;br&gt;Latest reply: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>来电催问进度</source>
        <translation>Caller asked about progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;已记为第 %1 次催问进度</source>
        <translation>&lt;br&gt;Recorded as progress inquiry no. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;催问未记录：%1</source>
        <translation>&lt;br&gt;Progress inquiry not recorded: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>还没有分类建议：先在诉求内容里说明情况</source>
        <translation>No classification suggestions yet: describe the matter in the appeal details first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事项分类已由接线员选定，建议不覆盖它</source>
        <translation>The operator chose the item classification; the suggestion does not replace it</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>工单 %1 已派给 %2</source>
        <translation>Work order %1 dispatched to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>工单 %1 拟派 %2，等待派单员审核</source>
        <translation>Work order %1 proposed for %2, awaiting dispatch review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>工单 %1 没有可建议的承办单位，已转派单员派单</source>
        <translation>Work order %1 has no unit to propose; passed to a dispatcher</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>工单未提交：有 %1 处需要补正</source>
        <translation>Work order not submitted: %1 field(s) need correcting</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已受理，工单编号 &lt;b&gt;%1&lt;/b&gt;（读作：%2）。表单已清空，可接下一个电话。</source>
        <translation>Registered as work order &lt;b&gt;%1&lt;/b&gt; (read as: %2). The form has been cleared for the next call.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/DeskWindowTraining.cpp" line="+24"/>
        <source>&lt;b&gt;培训模式 · 考试&lt;/b&gt;&#x3000;模拟来电：不显示通话转写和填单提示。工单只存入培训库，不会派给任何单位。</source>
        <translation>&lt;b&gt;Training mode · Exam&lt;/b&gt;&#x3000;Simulated call: no transcript or form hints. Work orders are kept in the training store and never dispatched to any unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;培训模式&lt;/b&gt;&#x3000;模拟来电：工单只存入培训库，不会派给任何单位。</source>
        <translation>&lt;b&gt;Training mode&lt;/b&gt;&#x3000;Simulated call: work orders are kept in the training store and never dispatched to any unit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>培训模式 · 考试 — 12345 热线坐席</source>
        <translation>Training mode · Exam — 12345 Hotline Desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>培训模式 — 12345 热线坐席</source>
        <translation>Training mode — 12345 Hotline Desk</translation>
    </message>
</context>
<context>
    <name>hotline::DispatchProposer</name>
    <message>
        <location filename="../../models/dispatch/DispatchProposer.cpp" line="+111"/>
        <source>未分类</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辖区不详</source>
        <translation>District unknown</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（%1 无法确定，按下一选择）</source>
        <translation> (%1 could not be determined; next choice used)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物业</source>
        <translation>property manager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有能派出的单位：派单规则的单位不在单位名录中，或地点缺少区、街道</source>
        <translation>No unit to dispatch to: the rule&apos;s units are not in the unit directory, or the location lacks a district or street</translation>
    </message>
</context>
<context>
    <name>hotline::DispatchRulesCsv</name>
    <message>
        <location filename="../../models/dispatch/DispatchRulesCsv.cpp" line="+42"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应有 5 列（分类,地点类型,辖区,主办单位,协办单位），实际 %1 列</source>
        <translation>Expected 5 columns (classification, location type, district, lead unit, assisting units), found %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>分类名称最多 40 个字</source>
        <translation>A classification name has at most 40 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地点类型“%1”无效，应为 %2 或 *</source>
        <translation>Location type “%1” is not valid: use %2 or *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>辖区“%1”应为 6 位区代码或 *</source>
        <translation>District “%1” should be a 6-digit district code or *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>主办单位“%1”应为单位编码（可含 {district}）、@street 或 @property</source>
        <translation>Lead unit “%1” should be a unit code (may contain {district}), @street or @property</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>必须指定主办单位</source>
        <translation>A lead unit is required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>协办单位“%1”应为单位编码（可含 {district}）或 @street</source>
        <translation>Assisting unit “%1” should be a unit code (may contain {district}) or @street</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>与第 %1 行的条件相同</source>
        <translation>Same conditions as line %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件中没有任何派单规则</source>
        <translation>The file holds no dispatch rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缺少兜底规则（一行 *,*,*,单位），否则有的工单无单位可派</source>
        <translation>The fallback rule is missing (a line *,*,*,unit): without it some work orders have no unit to go to</translation>
    </message>
</context>
<context>
    <name>hotline::DispatcherQueueView</name>
    <message>
        <location filename="../../ui/dispatch/DispatcherQueueView.cpp" line="+11"/>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派给/改派</source>
        <translation>Dispatch/re-dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回接线员</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回接线员，说明要补充或更正什么：</source>
        <translation>Send back to the operator; say what to add or correct: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已退回接线员</source>
        <translation>Sent back to the operator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不同意延期</source>
        <translation>Refuse extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不同意延期，按原期限办理</source>
        <translation>Extension refused: the original deadline stands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理，市民为何不满意：</source>
        <translation>Reopen; why is the caller dissatisfied: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已重新办理，待改派</source>
        <translation>Reopened; awaiting re-dispatch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>催办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已催办</source>
        <translation>Urged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一问题并入主工单（工单号），来电人回访时仍逐一回访：</source>
        <translation>Merge into the main order of the same problem (order no.); every caller still gets a callback: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已并入 %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>同意延期</source>
        <translation>Extension approved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>审核通过，已派给 %1</source>
        <translation>Approved; dispatched to %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>改派给（单位代码）：</source>
        <translation>Re-dispatch to (unit code): </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>派给（单位代码）：</source>
        <translation>Dispatch to (unit code): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已改派给 %1</source>
        <translation>Re-dispatched to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>派单员派单</source>
        <translation>Dispatched by the dispatcher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已派给 %1</source>
        <translation>Dispatched to %1</translation>
    </message>
</context>
<context>
    <name>hotline::DivisionCsv</name>
    <message>
        <location filename="../../models/divisions/DivisionCsv.cpp" line="+50"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>应有 4 列，实际 %1 列</source>
        <translation>Expected 4 columns, found %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>区划代码“%1”应为 6、9 或 12 位数字</source>
        <translation>Division code “%1” should have 6, 9 or 12 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称为空</source>
        <translation>The name is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>级别“%1”无效，应为 province、district、street 或 village</source>
        <translation>Level “%1” is not valid: use province, district, street or village</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 缺少上级区划代码</source>
        <translation>%1 has no parent division code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>区划代码 %1 与第 %2 行重复</source>
        <translation>Division code %1 repeats line %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>第 %1 行：上级区划代码 %2 在文件中不存在</source>
        <translation>Line %1: parent division code %2 is not in the file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>第 %1 行：上级区划 %2 的级别（%3）应高于本级（%4）</source>
        <translation>Line %1: parent division %2 (%3) should be at a higher level than this one (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文件中没有任何区划</source>
        <translation>The file holds no divisions</translation>
    </message>
</context>
<context>
    <name>hotline::EvaluationLifecycle</name>
    <message>
        <location filename="../../models/quality/EvaluationLifecycle.cpp" line="+41"/>
        <source>待确认</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已确认</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉中</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>维持原评</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>已重评</source>
        <translation>Rescored</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>申诉需要写明理由</source>
        <translation>A dispute needs a reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>维持原评需要写明说明</source>
        <translation>Upholding the score needs an explanation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>评分状态为“%1”，不能再%2</source>
        <translation>The score is &quot;%1&quot;: &quot;%2&quot; is no longer possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确认</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重评</source>
        <translation>Rescore</translation>
    </message>
</context>
<context>
    <name>hotline::EvaluationListWidget</name>
    <message>
        <location filename="../../ui/lead/EvaluationListWidget.cpp" line="+32"/>
        <source>评分时间</source>
        <translation>Scored at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>质检员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>接线员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申诉 / 说明</source>
        <translation>Dispute / note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A 确认评分&#x3000;D 申诉（写明理由）</source>
        <translation>A acknowledge the score  D dispute (give a reason)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U 维持原评（写明说明）&#x3000;R 重评</source>
        <translation>U uphold (give an explanation)  R rescore</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>0（致命项）</source>
        <translation>0 (fatal)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>申诉理由（必填），Enter 提交，Esc 取消</source>
        <translation>Reason for the dispute (required); Enter submits, Esc cancels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维持原评的说明（必填），Enter 提交，Esc 取消</source>
        <translation>Why the score stands (required); Enter submits, Esc cancels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>申诉需要写明理由</source>
        <translation>A dispute needs a reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>维持原评需要写明说明</source>
        <translation>Upholding the score needs an explanation</translation>
    </message>
</context>
<context>
    <name>hotline::ExamResult</name>
    <message>
        <location filename="../../models/training/TraineeProgress.cpp" line="+138"/>
        <source>不是考试</source>
        <translation>Not an exam</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>还差 %n 个情景未考：%1</source>
        <translation>
            <numerusform>%n scenario not yet taken: %1</numerusform>
            <numerusform>%n scenarios not yet taken: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通过（%1 / %2）</source>
        <translation>Passed (%1 / %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未通过（%1 / %2）</source>
        <translation>Failed (%1 / %2)</translation>
    </message>
</context>
<context>
    <name>hotline::FeatureReader</name>
    <message>
        <location filename="../../models/geo/GeoJsonReader.cpp" line="+43"/>
        <source>坐标应为 [经度, 纬度] 两个数字</source>
        <translation>Coordinates should be two numbers: [longitude, latitude]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>坐标 (%1, %2) 超出经纬度范围（经度 −180…180，纬度 −90…90）</source>
        <translation>Coordinates (%1, %2) are out of range (longitude −180…180, latitude −90…90)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>环应为坐标数组</source>
        <translation>A ring should be an array of coordinates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 %1 个点：%2</source>
        <translation>Point %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>多边形应为至少一个环的数组</source>
        <translation>A polygon should be an array of at least one ring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>外环：%1</source>
        <translation>Outer ring: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第 %1 个内环：%2</source>
        <translation>Hole %1: %2</translation>
    </message>
</context>
<context>
    <name>hotline::FigureCharts</name>
    <message>
        <location filename="../../reports/FigureCharts.cpp" line="+92"/>
        <location line="+57"/>
        <source>响应率</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>解决率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+55"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>退单</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>诉求量前十的街道</source>
        <translation>Top 10 streets by appeals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>诉求量前十的街道：%1</source>
        <translation>Top 10 streets by appeals: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>诉求量</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>近%1个月的趋势</source>
        <translation>Trend over the last %1 months</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
</context>
<context>
    <name>hotline::FigureReport</name>
    <message>
        <location filename="../../models/figures/FigureReport.cpp" line="+113"/>
        <source>中心答复的统计数据不完整（缺少时段或单位表）。</source>
        <translation>The figures from the center are incomplete (period or unit table missing).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>区：%1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全中心</source>
        <translation>Whole center</translation>
    </message>
</context>
<context>
    <name>hotline::Figures</name>
    <message>
        <location filename="../../models/figures/Figures.cpp" line="+238"/>
        <source>时段“%1”应写成 2026-11（一个月）或 2026-11-01..2026-11-30</source>
        <translation>Period “%1” should be written as 2026-11 (a month) or 2026-11-01..2026-11-30</translation>
    </message>
</context>
<context>
    <name>hotline::FilingDispatch</name>
    <message>
        <location filename="../../models/desk/FilingDispatch.cpp" line="+60"/>
        <source>工单 %1 已受理，但未能派出：%2</source>
        <translation>Work order %1 was registered but could not be dispatched: %2</translation>
    </message>
</context>
<context>
    <name>hotline::FloorNumbers</name>
    <message>
        <location filename="../../ui/lead/FloorNumbers.cpp" line="+22"/>
        <source>接听来电</source>
        <translation>Calls answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建工单</source>
        <translation>New orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一次解决率</source>
        <translation>First-call resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空闲坐席</source>
        <translation>Ready operators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通话中</source>
        <translation>In call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>话后处理</source>
        <translation>After-call work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示忙</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待审核工单</source>
        <translation>Orders to review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期工单</source>
        <translation>Overdue orders</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>往常 %1</source>
        <translation>Usual %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 / %2 件</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>在岗 %1</source>
        <translation>On duty %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>最长 %1 秒 · 平均 %2 秒</source>
        <translation>Longest %1 s · mean %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>占在岗 %1</source>
        <translation>%1 of those on duty</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>签收或答复超时</source>
        <translation>Late to accept or reply</translation>
    </message>
</context>
<context>
    <name>hotline::FloorPage</name>
    <message>
        <location filename="../../ui/lead/FloorPage.cpp" line="+81"/>
        <source>事项 / 渠道</source>
        <translation>Issue / channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>首次来电</source>
        <translation>First calls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一次解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一次解决率</source>
        <translation>First-call resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>往常</source>
        <translation>Usual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>高频词</source>
        <translation>Top words</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所用知识</source>
        <translation>Articles used</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>今日（0 点起）</source>
        <translation>Today (from 00:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>滑动 24 小时</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>统计范围：</source>
        <translation>Range:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F11 大屏 · F5 刷新</source>
        <translation>F11 wallboard · F5 refresh</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>每小时来电与工单（柱：今日，线：往常）</source>
        <translation>Calls and orders per hour (bars: today, lines: usual)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>往常来电</source>
        <translation>Usual calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>往常工单</source>
        <translation>Usual orders</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>坐席状态</source>
        <translation>Operator status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>一次解决率（按事项、渠道）</source>
        <translation>First-call resolution (by issue, channel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>突发诉求（今日高于往常）</source>
        <translation>Surges (today above usual)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>未能取得现场数据：%1</source>
        <translation>Could not get the floor figures: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>更新于 %1（北京时间）</source>
        <translation>Updated %1 (Beijing time)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2：今日 %3 件，往常 %4 件</source>
        <translation>%1 · %2: %3 today, usually %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>突发诉求：%1</source>
        <translation>Surge: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>来电</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>昨%1</source>
        <translation>y%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>空闲</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>通话中</source>
        <translation>In call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>话后处理</source>
        <translation>After-call work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示忙</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>渠道：网上（Open311）</source>
        <translation>Channel: online (Open311)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>渠道：电话</source>
        <translation>Channel: phone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>#%1（%2 次）</source>
        <translation>#%1 (%2×)</translation>
    </message>
</context>
<context>
    <name>hotline::FloorWallboard</name>
    <message>
        <location filename="../../ui/lead/FloorWallboard.cpp" line="+23"/>
        <source>大屏 — 话务现场</source>
        <translation>Wallboard — call floor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>来电与工单（今日 0 点起）</source>
        <translation>Calls and orders (today from 00:00)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>坐席状态</source>
        <translation>Operator status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>突发诉求</source>
        <translation>Surges</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>▲ %1 · %2：今日 %3 件，往常 %4 件&lt;br/&gt;&lt;span style=&quot;font-size:36pt&quot;&gt;%5&lt;/span&gt;</source>
        <translation>▲ %1 · %2: %3 today, usually %4&lt;br/&gt;&lt;span style=&quot;font-size:36pt&quot;&gt;%5&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>今日没有突发诉求</source>
        <translation>No surges today</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1    %2/%3    %4</source>
        <translation>%1    %2/%3    %4</translation>
    </message>
</context>
<context>
    <name>hotline::FormProposals</name>
    <message>
        <location filename="../../models/desk/FormProposals.cpp" line="+53"/>
        <source>没有派单规则</source>
        <translation>No dispatch rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有事项分类</source>
        <translation>No item chosen yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>单位名录中没有 %1</source>
        <translation>%1 is not in the unit directory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未分类</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · 接线员指定 → %2</source>
        <translation>%1 · chosen by the operator → %2</translation>
    </message>
</context>
<context>
    <name>hotline::FunAsrClient</name>
    <message>
        <location filename="../../models/telephony/FunAsrClient.cpp" line="+31"/>
        <source>%1 秒内没有应答</source>
        <translation>no answer within %1 seconds</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>语音转写服务 %1 连接不上：%2</source>
        <translation>Cannot reach the speech recogniser %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>语音转写服务 %1 中断了（%2）：本次通话的转写到此为止，通话照常进行</source>
        <translation>The speech recogniser %1 went away (%2): no more transcript for this call; the call goes on</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>语音转写服务的 CA 证书 %1 读不出来：请管理员检查 [asr] ca-certificate</source>
        <translation>The speech recogniser&apos;s CA certificate %1 cannot be read: ask the administrator to check [asr] ca-certificate</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>连接被关闭</source>
        <translation>connection closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>连接断开</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>语音转写服务发来无法解读的消息（%1），已忽略</source>
        <translation>The speech recogniser sent a message that does not read (%1); ignored</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>语音转写服务报告错误：%1</source>
        <translation>The speech recogniser reports an error: %1</translation>
    </message>
</context>
<context>
    <name>hotline::FunAsrProtocol</name>
    <message>
        <location filename="../../models/telephony/FunAsrProtocol.cpp" line="+101"/>
        <source>不是 JSON（第 %1 个字节：%2）</source>
        <translation>not JSON (byte %1: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不是 JSON 对象</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>字段 %1 应为文字</source>
        <translation>field %1 must be text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不认识的 mode“%1”</source>
        <translation>unknown mode &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hotline::FunAsrSettings</name>
    <message>
        <location filename="../../models/telephony/FunAsrSettings.cpp" line="+26"/>
        <source>未配置语音转写服务</source>
        <translation>No speech recogniser configured</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>语音转写服务地址“%1”不对：应为 wss://主机:端口 或 ws://主机:端口</source>
        <translation>Speech recogniser address &quot;%1&quot; is wrong: use wss://host:port or ws://host:port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>不加密的 ws:// 只允许连本机：来电人的声音不能明文传到 %1。请用 wss://，或由管理员在 [asr] 里设 allow-plain-ws=true</source>
        <translation>Unencrypted ws:// is only allowed to this machine: the caller&apos;s voice must not travel in clear to %1. Use wss://, or have the administrator set allow-plain-ws=true in [asr]</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 里 [asr] mode=%2 不对：应为 2pass、online 或 offline</source>
        <translation>[asr] mode=%2 in %1 is wrong: use 2pass, online or offline</translation>
    </message>
</context>
<context>
    <name>hotline::GeoJsonReader</name>
    <message>
        <location filename="../../models/geo/GeoJsonReader.cpp" line="+30"/>
        <source>第 %1 行：不是有效的 UTF-8 编码（GeoJSON 必须是 UTF-8）</source>
        <translation>Line %1: not valid UTF-8 (GeoJSON must be UTF-8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON 格式错误（第 %1 行，第 %2 字节）：%3</source>
        <translation>JSON syntax error (line %1, byte %2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>不是 GeoJSON：顶层应为 FeatureCollection（带 features 数组）或 Feature</source>
        <translation>Not GeoJSON: the top level should be a FeatureCollection (with a features array) or a Feature</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>要素 #%1</source>
        <translation>Feature #%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要素 #%1（%2）</source>
        <translation>Feature #%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type 应为 Feature</source>
        <translation>type should be Feature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缺少 name 属性</source>
        <translation>Missing name property</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>边界缺少区划代码（adcode 或 code 属性，数字）</source>
        <translation>Boundary is missing its division code (a numeric adcode or code property)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>区划代码 %1 在文件中出现了两次</source>
        <translation>Division code %1 appears twice in the file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>不认识的 level “%1”（应为 district 或 street）</source>
        <translation>Unrecognized level “%1” (should be district or street)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>多边形没有坐标</source>
        <translation>Polygon has no coordinates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>第 %1 个多边形，%2</source>
        <translation>Polygon %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>线没有坐标</source>
        <translation>Line geometry has no coordinates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>不支持的几何类型 “%1”（支持 Polygon、MultiPolygon、Point、LineString）</source>
        <translation>Unsupported geometry type “%1” (supported: Polygon, MultiPolygon, Point, LineString)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件中没有要素</source>
        <translation>The file contains no features</translation>
    </message>
</context>
<context>
    <name>hotline::GeoPlace</name>
    <message>
        <location filename="../../models/geo/GeoFeature.cpp" line="+60"/>
        <source>地铁站</source>
        <translation>Metro station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公交站</source>
        <translation>Bus stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>道路</source>
        <translation>Road</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小区</source>
        <translation>Residential compound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地标</source>
        <translation>Landmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>街道乡镇</source>
        <translation>Street/township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区村</source>
        <translation>Community/village</translation>
    </message>
</context>
<context>
    <name>hotline::GeoRepository</name>
    <message>
        <location filename="../../models/geo/GeoRepository.cpp" line="-107"/>
        <source>无法打开文件：%1</source>
        <translation>Cannot open file: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>边界 %1（%2）：区划代码不在区划表中</source>
        <translation>Boundary %1 (%2): the division code is not in the divisions table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>边界 %1（%2）：区划表中它是 %3 级，不是 %4 级</source>
        <translation>Boundary %1 (%2): the divisions table lists it at the %3 level, not the %4 level</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>保存地点 %1 后没有得到编号</source>
        <translation>No ID was returned after saving place %1</translation>
    </message>
</context>
<context>
    <name>hotline::KbEditorWindow</name>
    <message>
        <location filename="../../ui/editor/KbEditorWindow.cpp" line="+22"/>
        <source>知识库编辑 — Hotline Desk</source>
        <translation>Knowledge Base Editor — Hotline Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文章（Ctrl+1）</source>
        <translation>Articles (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同义词（Ctrl+2）</source>
        <translation>Synonyms (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没找到的查询（Ctrl+3）</source>
        <translation>Missed queries (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>这台电脑没有启用与中心的同步</source>
        <translation>Sync with the center is not enabled on this computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已登录中心（%1）</source>
        <translation>Signed in to the center (%1)</translation>
    </message>
    <message>
        <source>按标题查找（Ctrl+F）</source>
        <translation type="vanished">Find by title (Ctrl+F)</translation>
    </message>
    <message>
        <source>来电人的不同问法，每行一条</source>
        <translation type="vanished">Question variants as callers put them, one per line</translation>
    </message>
    <message>
        <source>用逗号或顿号分隔</source>
        <translation type="vanished">Separate with commas</translation>
    </message>
    <message>
        <source>如 2026-11-15，留空为不限</source>
        <translation type="vanished">e.g. 2026-11-15; leave empty for no limit</translation>
    </message>
    <message>
        <source>标题(&amp;T)</source>
        <translation type="vanished">&amp;Title</translation>
    </message>
    <message>
        <source>问法(&amp;Q)</source>
        <translation type="vanished">&amp;Questions</translation>
    </message>
    <message>
        <source>答案(&amp;A)</source>
        <translation type="vanished">&amp;Answer</translation>
    </message>
    <message>
        <source>关键词(&amp;K)</source>
        <translation type="vanished">&amp;Keywords</translation>
    </message>
    <message>
        <source>事项分类(&amp;C)</source>
        <translation type="vanished">Item &amp;classification</translation>
    </message>
    <message>
        <source>责任单位(&amp;U)</source>
        <translation type="vanished">Responsible &amp;unit</translation>
    </message>
    <message>
        <source>地区(&amp;R)</source>
        <translation type="vanished">&amp;Region</translation>
    </message>
    <message>
        <source>生效日期(&amp;B)</source>
        <translation type="vanished">Valid from (&amp;B)</translation>
    </message>
    <message>
        <source>失效日期(&amp;E)</source>
        <translation type="vanished">Valid until (&amp;E)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>预览（F5 刷新）</source>
        <translation type="vanished">Preview (F5 to refresh)</translation>
    </message>
    <message>
        <source>历史版本（Ctrl+H，回车查看）</source>
        <translation type="vanished">Version history (Ctrl+H, Enter to view)</translation>
    </message>
    <message>
        <source>第 %1 版（%2，%3）</source>
        <translation type="vanished">Version %1 (%2, %3)</translation>
    </message>
    <message>
        <source>预览（未保存的修改）</source>
        <translation type="vanished">Preview (unsaved changes)</translation>
    </message>
    <message>
        <source>，有未发布的修改</source>
        <translation type="vanished">, unpublished changes</translation>
    </message>
    <message>
        <source>新文章（未保存）</source>
        <translation type="vanished">New article (not saved)</translation>
    </message>
    <message>
        <source>%1，最新第 %2 版</source>
        <translation type="vanished">%1, latest version %2</translation>
    </message>
    <message>
        <source>，坐席看到第 %1 版</source>
        <translation type="vanished">, agents see version %1</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation type="vanished">Version %1</translation>
    </message>
    <message>
        <source>已保存为草稿（第 1 版）；Ctrl+P 发布</source>
        <translation type="vanished">Saved as a draft (version 1); Ctrl+P publishes it</translation>
    </message>
    <message>
        <source>已保存第 %1 版；坐席仍看到已发布的版本，Ctrl+P 发布</source>
        <translation type="vanished">Saved version %1; agents still see the published version until you publish with Ctrl+P</translation>
    </message>
    <message>
        <source>已发布第 %1 版：本机检索即刻可见</source>
        <translation type="vanished">Published version %1: it shows up in searches on this computer right away</translation>
    </message>
    <message>
        <source>这篇文章还没有保存，无需撤回</source>
        <translation type="vanished">This article has not been saved yet, so there is nothing to withdraw</translation>
    </message>
    <message>
        <source>已撤回：坐席不再看到这篇文章</source>
        <translation type="vanished">Withdrawn: agents no longer see this article</translation>
    </message>
    <message>
        <source>责任单位：%1</source>
        <translation type="vanished">Responsible unit: %1</translation>
    </message>
    <message>
        <source>有效期：%1 至 %2</source>
        <translation type="vanished">Valid: %1 to %2</translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="vanished">no limit</translation>
    </message>
    <message>
        <source>第 %1 版 · %2 · %3</source>
        <translation type="vanished">Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · 已发布</source>
        <translation type="vanished"> · published</translation>
    </message>
</context>
<context>
    <name>hotline::KbImporter</name>
    <message>
        <location filename="../../models/kb/KbImporter.cpp" line="+79"/>
        <source>文件是空的</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>第 1 行：无法识别的表头 %1。支持的格式：%2</source>
        <translation>Line 1: unrecognized header %1. Supported formats: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；或 </source>
        <translation>; or </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>应有 %1 列，实际 %2 列</source>
        <translation>Expected %1 columns, found %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 行有错误，未导入任何文章（要跳过这些行请加 --skip-bad）：
%2%3</source>
        <translation>%1 line(s) have errors; no articles were imported (add --skip-bad to skip these lines):
%2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
……</source>
        <translation>
…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件中没有可导入的文章</source>
        <translation>The file contains no articles to import</translation>
    </message>
</context>
<context>
    <name>hotline::KbMiss</name>
    <message>
        <location filename="../../models/kb/KbMiss.cpp" line="+31"/>
        <source>中心的答复里没有查询列表（misses）</source>
        <translation>The center&apos;s reply has no list of queries (misses)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>第 %1 条：%2</source>
        <translation>Entry %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不是一条查询记录</source>
        <translation>not a query record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有查询的文字</source>
        <translation>no query text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”的次数（nothing、again、desks）应为不小于 0 的整数</source>
        <translation>the counts of &quot;%1&quot; (nothing, again, desks) must be whole numbers, 0 or more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”既没有落空也没有重查，不该在列表里</source>
        <translation>&quot;%1&quot; neither found nothing nor was searched again: it does not belong in the list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”的最近时间不是 ISO 8601 时间</source>
        <translation>the last time of &quot;%1&quot; is not an ISO 8601 time</translation>
    </message>
</context>
<context>
    <name>hotline::KbRepository</name>
    <message>
        <location filename="../../models/kb/KbRepository.cpp" line="+12"/>
        <location line="+75"/>
        <location line="+28"/>
        <location line="+26"/>
        <source>文章 %1 不存在</source>
        <translation>Article %1 does not exist</translation>
    </message>
</context>
<context>
    <name>hotline::KbSynonymDraft</name>
    <message>
        <location filename="../../models/kb/KbSynonymDraft.cpp" line="+75"/>
        <location line="+16"/>
        <source>请写出这一组的同义词，至少两个，用 | 隔开</source>
        <translation>Write the synonyms of this group, at least two, separated by |</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+15"/>
        <source>没有第 %1 组同义词</source>
        <translation>There is no synonym group %1</translation>
    </message>
</context>
<context>
    <name>hotline::KbSynonyms</name>
    <message>
        <location filename="../../models/kb/KbSynonyms.cpp" line="-40"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应有 2 列（terms,note），实际 %1 列</source>
        <translation>Expected 2 columns (terms,note), found %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>同义词不能为空（多写了一个 | ？）</source>
        <translation>A synonym cannot be empty (one | too many?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同义词“%1”太长：最多 %2 个字</source>
        <translation>The synonym “%1” is too long: at most %2 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”在这一组里写了两次</source>
        <translation>“%1” is written twice in this group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”已在第 %2 行的一组里：一个词只能属于一组</source>
        <translation>“%1” is already in the group on line %2: a word belongs to one group only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一组应有 2 到 %1 个词，用 | 隔开</source>
        <translation>A group has 2 to %1 words, separated by |</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>无法清空旧的同义词</source>
        <translation>Cannot clear the old synonyms</translation>
    </message>
</context>
<context>
    <name>hotline::KbUsageEvent</name>
    <message>
        <location filename="../../models/kb/KbUsageEvent.cpp" line="+54"/>
        <source>知识库使用记录中有未知字段 “%1”</source>
        <translation>Unknown field &quot;%1&quot; in a knowledge-base usage record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>知识库使用记录的 id 应为 UUID</source>
        <translation>The id of a knowledge-base usage record must be a UUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>知识库使用记录的 action 应为 taken、opened、nothing 或 again</source>
        <translation>The action of a knowledge-base usage record must be taken, opened, nothing or again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>知识库使用记录的 query 应为字符串</source>
        <translation>The query of a knowledge-base usage record must be a string</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>知识库使用记录的查询没有按规则整理（过长、含长数字或未规范化）</source>
        <translation>The query of a knowledge-base usage record is not tidied by the rules (too long, holds long numbers or not normalized)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>知识库使用记录的条目 key 过长</source>
        <translation>The article key of a knowledge-base usage record is too long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>采用或打开的记录需要条目 key（article）</source>
        <translation>A &quot;taken&quot; or &quot;opened&quot; record needs an article key (article)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“没找到”和“重新搜索”的记录不带条目</source>
        <translation>&quot;Found nothing&quot; and &quot;searched again&quot; records carry no article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“没找到”和“重新搜索”的记录需要查询</source>
        <translation>&quot;Found nothing&quot; and &quot;searched again&quot; records need a query</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>知识库使用记录的时间 at 应为 ISO 8601</source>
        <translation>The time (at) of a knowledge-base usage record must be ISO 8601</translation>
    </message>
</context>
<context>
    <name>hotline::KbUsageModel</name>
    <message>
        <location filename="../../models/kb/KbUsageModel.cpp" line="+99"/>
        <source>知识库使用模型应有 articles 和 phrasings 两个数组</source>
        <translation>The knowledge-base usage model must have two arrays, articles and phrasings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>知识库使用模型过大</source>
        <translation>The knowledge-base usage model is too large</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>知识库使用模型 articles[%1] 应有 key 和正的 weight</source>
        <translation>Knowledge-base usage model articles[%1] must have a key and a positive weight</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>知识库使用模型 phrasings[%1] 应有整理过的 query、key 和正的 desks</source>
        <translation>Knowledge-base usage model phrasings[%1] must have a tidied query, a key and a positive desks</translation>
    </message>
</context>
<context>
    <name>hotline::KbUsagePrior</name>
    <message>
        <location filename="../../models/kb/KbUsagePrior.cpp" line="-7"/>
        <source>无法清空旧的知识库使用模型</source>
        <translation>Cannot clear the old knowledge-base usage model</translation>
    </message>
</context>
<context>
    <name>hotline::KbValidator</name>
    <message>
        <location filename="../../models/kb/KbValidator.cpp" line="+13"/>
        <source>标题不能为空</source>
        <translation>The title must not be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题最多 %1 个字，现有 %2 个字</source>
        <translation>The title can be at most %1 characters; it has %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答案不能为空</source>
        <translation>The answer must not be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答案最多 %1 个字，现有 %2 个字</source>
        <translation>The answer can be at most %1 characters; it has %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问法最多 %1 条</source>
        <translation>At most %1 question variants are allowed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每条问法最多 %1 个字</source>
        <translation>Each question variant can be at most %1 characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关键词最多 %1 个</source>
        <translation>At most %1 keywords are allowed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每个关键词最多 %1 个字</source>
        <translation>Each keyword can be at most %1 characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>分类、责任单位和地区各最多 %1 个字</source>
        <translation>Classification, responsible unit and region can each be at most %1 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有效期的结束日期（%1）早于开始日期（%2）</source>
        <translation>The end of the validity period (%1) is before its start (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>日期“%1”无效，应写作 2026-11-15</source>
        <translation>Invalid date “%1”; write it as 2026-11-15</translation>
    </message>
</context>
<context>
    <name>hotline::KnowledgePanel</name>
    <message>
        <location filename="../../ui/operator/KnowledgePanel.cpp" line="+37"/>
        <source>搜索知识库：汉字、繁体、拼音首字母或来电人的原话（Ctrl+K）</source>
        <translation>Search: characters, pinyin initials, the caller&apos;s words (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+15"/>
        <location line="+10"/>
        <source>输入即搜索；↑↓ 选择，回车打开，F9 采用答案</source>
        <translation>Type to search; ↑↓ to select, Enter to open, F9 to use the answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>知识库里没有找到相关条目</source>
        <translation>No matching articles in the knowledge base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知识库里没有找到相关条目；下面 %1 条只是字面相近，请核实</source>
        <translation>No matching articles in the knowledge base; the %1 below only look similar in wording, please verify</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找到 %1 条；↑↓ 选择，回车打开，F9 采用答案</source>
        <translation>%1 found; ↑↓ to select, Enter to open, F9 to use the answer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>与诉求内容相关的知识 %1 条（Ctrl+K 搜索）</source>
        <translation>%1 article(s) related to the appeal details (Ctrl+K to search)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>责任单位：%1</source>
        <translation>Responsible unit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有效期至 %1</source>
        <translation>Valid until %1</translation>
    </message>
</context>
<context>
    <name>hotline::LeadWindow</name>
    <message>
        <location filename="../../ui/lead/LeadPages.cpp" line="+20"/>
        <source>现场</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>录音抽检</source>
        <translation>Recording review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>质检评分</source>
        <translation>Quality scoring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>月度图表</source>
        <translation>Monthly charts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/lead/LeadWindow.cpp" line="+13"/>
        <source>班长工作台 — Hotline Desk</source>
        <translation>Team Lead Desk — Hotline Desk</translation>
    </message>
</context>
<context>
    <name>hotline::Lifecycle</name>
    <message>
        <location filename="../../models/workorder/Lifecycle.cpp" line="+318"/>
        <source>工单 %1 已经受理过，不能重复受理</source>
        <translation>Work order %1 has already been registered and cannot be registered again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>工单 %1 不存在，不能%2</source>
        <translation>Work order %1 does not exist; cannot apply “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事件属于工单 %1，不属于 %2</source>
        <translation>The event belongs to work order %1, not %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工单 %1 当前状态为“%2”，不能%3</source>
        <translation>Work order %1 is currently “%2”; cannot apply “%3”</translation>
    </message>
    <message>
        <source>派单必须指定承办单位</source>
        <translation type="vanished">Dispatch requires a handling unit</translation>
    </message>
    <message>
        <source>退单必须说明理由</source>
        <translation type="vanished">A return must state a reason</translation>
    </message>
    <message>
        <source>办结答复不能为空</source>
        <translation type="vanished">The resolution reply must not be empty</translation>
    </message>
    <message>
        <source>合并必须指定另一张工单</source>
        <translation type="vanished">Merge requires another work order</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>没有任何事件，工单不存在</source>
        <translation>No events: the work order does not exist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>角色“%1”不能%2</source>
        <translation>The role “%1” may not %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工单 %1 没有派给本单位，不能%2</source>
        <translation>Work order %1 was not dispatched to this unit: it may not %2</translation>
    </message>
</context>
<context>
    <name>hotline::LiveTranscription</name>
    <message>
        <location filename="../../models/telephony/LiveTranscription.cpp" line="+52"/>
        <source>本次通话没有找到来电人一侧的录音（%1）：没有转写</source>
        <translation>The caller&apos;s side of this call was not found (%1): no transcript</translation>
    </message>
</context>
<context>
    <name>hotline::LocalStore</name>
    <message>
        <location filename="../../models/store/LocalStore.cpp" line="+23"/>
        <source>无法创建目录 %1</source>
        <translation>Cannot create directory %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法打开本地数据库 %1：%2</source>
        <translation>Cannot open local database %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 不是 Hotline Desk 的数据库：%2</source>
        <translation>%1 is not a Hotline Desk database: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无法设置数据库参数 %1：%2</source>
        <translation>Cannot set database parameter %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>数据库忙，无法开始事务：%1</source>
        <translation>Database busy, cannot start transaction: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法提交事务：%1</source>
        <translation>Cannot commit transaction: %1</translation>
    </message>
</context>
<context>
    <name>hotline::LocationContext</name>
    <message>
        <location filename="../../models/dispatch/LocationContext.cpp" line="+19"/>
        <source>居民小区</source>
        <translation>Residential compound</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>市政道路</source>
        <translation>Public road</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公园绿地</source>
        <translation>Park or green space</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>河湖水域</source>
        <translation>River or lake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市场商场</source>
        <translation>Market or mall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地铁站</source>
        <translation>Metro station</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>地点不详</source>
        <translation>Location unknown</translation>
    </message>
</context>
<context>
    <name>hotline::MapPanel</name>
    <message>
        <location filename="../../ui/operator/MapPanel.cpp" line="+29"/>
        <source>地名、地铁站、小区、街道或社区，汉字或拼音首字母（Ctrl+G）</source>
        <translation>Place, metro station, compound, street or community (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回车定位；点地图或在地图上按回车取中心十字处的点。方向键平移，+ − 缩放，Home 显示全市。</source>
        <translation>Enter to locate; click the map, or press Enter on the map to take the point under the center crosshair. Arrow keys pan, + − zoom, Home shows the whole city.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>地点 © OpenStreetMap 贡献者</source>
        <translation>Places © OpenStreetMap contributors</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;span style=&apos;color:#B3261E&apos;&gt;该点不在本热线的辖区边界内，未采用。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#B3261E&apos;&gt;This point is outside the hotline&apos;s jurisdiction and was not used.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1附近</source>
        <translation>near %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已定位：%1</source>
        <translation>Located: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（无法确定所属区）</source>
        <translation> (district could not be determined)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（只有区划，没有坐标：可在地图上点出具体位置）</source>
        <translation> (division only, no coordinates: click the exact spot on the map)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>定位后，这里列出 %1 米内 %2 天来未办结的同类工单</source>
        <translation>Once a location is set, similar unresolved work orders within %1 m from the past %2 days are listed here</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>同类</source>
        <translation> similar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 米内 %2 天来没有未办结的%3工单</source>
        <translation>No unresolved%3 work orders within %1 m in the past %2 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 米内 %2 天来未办结的%3工单 %4 件，可能是同一问题（选中后回车关联）</source>
        <translation>%4 unresolved%3 work order(s) within %1 m in the past %2 days, possibly the same issue (select one and press Enter to link)</translation>
    </message>
</context>
<context>
    <name>hotline::MapView</name>
    <message>
        <location filename="../../ui/operator/MapView.cpp" line="+27"/>
        <source>地图</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>%1 公里</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 米</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>hotline::MbTiles</name>
    <message>
        <location filename="../../models/geo/MbTiles.cpp" line="+28"/>
        <source>底图文件不存在：%1</source>
        <translation>Basemap file does not exist: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法打开底图 %1</source>
        <translation>Cannot open basemap %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 不是 MBTiles 底图（没有 tiles 表）</source>
        <translation>%1 is not an MBTiles basemap (no tiles table)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 是矢量瓦片（pbf），桌面只显示栅格底图（png、jpg）</source>
        <translation>%1 contains vector tiles (pbf); the desktop app shows only raster basemaps (png, jpg)</translation>
    </message>
</context>
<context>
    <name>hotline::MediaClock</name>
    <message>
        <location filename="../../ui/lead/MediaClock.cpp" line="+17"/>
        <source>无法播放这段录音：%1</source>
        <translation>Cannot play this recording: %1</translation>
    </message>
</context>
<context>
    <name>hotline::Migrations</name>
    <message>
        <location filename="../../models/store/Migrations.cpp" line="+200"/>
        <source>无法读取数据库版本：%1</source>
        <translation>Cannot read the database version: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库 %1 的结构版本为 %2，本程序只支持到版本 %3：请升级 Hotline Desk 后再打开，文件未做任何改动。</source>
        <translation>Database %1 has schema version %2, but this program supports only up to version %3: please upgrade Hotline Desk and open it again. The file has not been changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法开始迁移事务：%1</source>
        <translation>Cannot start migration transaction: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>迁移到版本 %1（%2）失败：%3</source>
        <translation>Migration to version %1 (%2) failed: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>迁移到版本 %1 无法提交：%2</source>
        <translation>Migration to version %1 could not be committed: %2</translation>
    </message>
</context>
<context>
    <name>hotline::MissListPage</name>
    <message>
        <location filename="../../ui/editor/MissListPage.cpp" line="+36"/>
        <source>最近 %1 天</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时段(&amp;D)</source>
        <translation>Perio&amp;d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按文字筛选（Ctrl+F）</source>
        <translation>Filter by text (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>坐席查了却没有取用任何文章的查询，次数多的在前。回车：放进同义词预览 · Ctrl+N：以它为标题写新文章 · F5：重新读取</source>
        <translation>Queries where operators searched but took no article, most frequent first. Enter: add to the synonym preview · Ctrl+N: write a new article with it as the title · F5: reload</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>查询</source>
        <translation>Query</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没找到</source>
        <translation>Found nothing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>又重查</source>
        <translation>Searched again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>坐席数</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近一次</source>
        <translation>Last searched</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>先在列表里选中一条查询</source>
        <translation>Select a query in the list first</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>这台电脑没有连接中心：各坐席没找到的查询要从中心读取</source>
        <translation>This computer is not connected to the center: the queries that found nothing on the seats are read from the center</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未登录中心：按 Ctrl+Shift+I 登录后按 F5 读取</source>
        <translation>Not signed in to the center: sign in with Ctrl+Shift+I, then press F5 to load</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在读取……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>读不到没找到的查询：%1</source>
        <translation>Cannot load the missed queries: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>中心的答复读不懂：%1</source>
        <translation>The center&apos;s reply cannot be read: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>这段时间没有落空或重查的查询</source>
        <translation>No queries found nothing or were searched again in this period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 条查询（%2）</source>
        <translation>%1 queries (%2)</translation>
    </message>
</context>
<context>
    <name>hotline::MonthPage</name>
    <message>
        <location filename="../../ui/lead/MonthPage.cpp" line="+34"/>
        <source>工单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已派出的工单（响应率）</source>
        <translation>Dispatched orders (response rate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访接通的工单（解决率、满意率）</source>
        <translation>Orders reached on callback (resolution, satisfaction)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退单</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>超期工单</source>
        <translation>Overdue orders</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>在图上选一个柱或点，按 Enter 列出它背后的工单。</source>
        <translation>Pick a bar or point on a chart and press Enter to list its work orders.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PgUp/PgDn 换月 · Tab 换图 · ←→↑↓ 选柱 · Enter 查看工单 · Ctrl+P 生成报告</source>
        <translation>PgUp/PgDn month · Tab chart · ←→↑↓ pick bar · Enter list orders · Ctrl+P report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在向中心读取 %1 的统计……</source>
        <translation>Reading the %1 figures from the center…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+153"/>
        <source>中心没有给出统计：%1</source>
        <translation>The center gave no figures: %1</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>本月 %1 件工单：响应率 %2%，解决率 %3%，满意率 %4%，退单 %5 次，超期 %6 件。</source>
        <translation>This month %1 orders: response rate %2%, resolution rate %3%, satisfaction rate %4%, %5 returns, %6 overdue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各单位：响应率、解决率、满意率</source>
        <translation>By unit: response, resolution and satisfaction rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各单位：退单与超期</source>
        <translation>By unit: returns and overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>各街道：响应率、解决率、满意率</source>
        <translation>By street: response, resolution and satisfaction rates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>前十街道：全部诉求</source>
        <translation>Top 10 streets: all appeals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>前十街道：%1</source>
        <translation>Top 10 streets: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 全部的%2</source>
        <translation>%2, all of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2的%3</source>
        <translation>%3 for %2, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1：正在读取……</source>
        <translation>%1: loading…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1：中心没有给出工单（%2）</source>
        <translation>%1: the center gave no orders (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1：%2 件</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1&#x3000;%2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态：%1&#x3000;承办单位：%2</source>
        <translation>Status: %1  Unit: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未派单</source>
        <translation>Not dispatched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点：%1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求：%1</source>
        <translation>Appeal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答复：%1</source>
        <translation>Reply: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访：%1</source>
        <translation>Callback: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>退单：%1</source>
        <translation>Returned by: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在生成报告 %1 ……</source>
        <translation>Writing the report %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>报告已写入 %1（及同名 CSV）。</source>
        <translation>Report written to %1 (and a CSV of the same name).</translation>
    </message>
</context>
<context>
    <name>hotline::MyEvaluationsPage</name>
    <message>
        <location filename="../../ui/lead/MyEvaluationsPage.cpp" line="+65"/>
        <source>读不到我的质检评分：%1</source>
        <translation>Cannot read my quality scores: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>没有送到中心：%1</source>
        <translation>Not sent to the center: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉已退回质检员</source>
        <translation>Dispute sent back to the reviewer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已确认</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在读取评分表……</source>
        <translation>Reading the scoring form…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>读不到这条评分的评分表：%1</source>
        <translation>Cannot read the scoring form of this score: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>这条评分的答案读不懂：%1</source>
        <translation>The answers of this score cannot be read: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1（第 %2 版）&#x3000;得分 0（致命项）</source>
        <translation>%1 (version %2)  Score 0 (fatal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1（第 %2 版）&#x3000;得分 %3</source>
        <translation>%1 (version %2)  Score %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&#x3000;· %1：不适用</source>
        <translation>  · %1: not applicable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&#x3000;· %1：%2（致命项，整表 0 分）</source>
        <translation>  · %1: %2 (fatal: the whole form scores 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&#x3000;· %1：%2（%3/%4 分）</source>
        <translation>  · %1: %2 (%3/%4 points)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&#x3000;评语：%1</source>
        <translation>  Comment: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>申诉（%1）：%2</source>
        <translation>Dispute (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>维持原评（%1）：%2</source>
        <translation>Upheld (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已确认（%1）</source>
        <translation>Acknowledged (%1)</translation>
    </message>
</context>
<context>
    <name>hotline::MyProgressView</name>
    <message>
        <location filename="../../ui/training/MyProgressView.cpp" line="+22"/>
        <source>课程(&amp;K)：</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+43"/>
        <source>还没有课程</source>
        <translation>No course yet</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1（考试）</source>
        <translation>%1 (exam)</translation>
    </message>
</context>
<context>
    <name>hotline::NearbyLookup</name>
    <message>
        <location filename="../../models/desk/NearbyLookup.cpp" line="+19"/>
        <source>正在查询全中心的工单…</source>
        <translation>Searching work orders across the center…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>离线：只有本席的工单</source>
        <translation>Offline: this desk&apos;s work orders only</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>离线：只有本席的工单（%1）</source>
        <translation>Offline: this desk&apos;s work orders only (%1)</translation>
    </message>
</context>
<context>
    <name>hotline::NearbySettings</name>
    <message>
        <location filename="../../models/workorder/NearbyOrders.cpp" line="+29"/>
        <source>半径应在 10 到 20000 米之间，实际为 %1</source>
        <translation>The radius must be between 10 and 20000 m; got %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>天数应在 1 到 365 之间，实际为 %1</source>
        <translation>The number of days must be between 1 and 365; got %1</translation>
    </message>
</context>
<context>
    <name>hotline::NetstringCodec</name>
    <message>
        <location filename="../../models/telephony/NetstringCodec.cpp" line="+59"/>
        <source>第 %1 字节处的消息长度“%2”超过上限 %3 字节</source>
        <translation>The message length &quot;%2&quot; at byte %1 is over the limit of %3 bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>第 %1 字节处应是消息长度，收到的是“%2”</source>
        <translation>A message length was expected at byte %1; got &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>第 %1 字节处的消息长度“%2”以 0 开头</source>
        <translation>The message length &quot;%2&quot; at byte %1 starts with 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>第 %1 字节处的消息长度后缺少“:”，收到的是“%2”</source>
        <translation>No &quot;:&quot; after the message length at byte %1; got &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>第 %1 字节处的 %2 字节消息后缺少“,”，收到的是“%3”</source>
        <translation>No &quot;,&quot; after the %2-byte message at byte %1; got &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>hotline::OrderQueueView</name>
    <message>
        <location filename="../../ui/dispatch/OrderQueueView.cpp" line="+84"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在向中心查询…</source>
        <translation>Asking the center…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>离线：显示的是上次从中心取到的列表（%1）</source>
        <translation>Offline: showing the last list from the center (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>共 %n 张工单</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>列表里没有选中的工单</source>
        <translation>No work order is selected in the list</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>工单 %1：%2</source>
        <translation>Order %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>没有待办的工单</source>
        <translation>No work orders to handle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>地点：</source>
        <translation>Location: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项：</source>
        <translation>Item: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>承办单位：</source>
        <translation>Responsible unit: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（协办：%1）</source>
        <translation> (assisted by %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派单理由：</source>
        <translation>Dispatch reason: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审核意见：</source>
        <translation>Review note: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退单理由：</source>
        <translation>Return reason: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申请延期至：</source>
        <translation>Extension asked until: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理答复：</source>
        <translation>Unit&apos;s reply: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访结果：</source>
        <translation>Callback result: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>催问进度：</source>
        <translation>Progress inquiries: </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n 次</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退单次数：</source>
        <translation>Returns: </translation>
    </message>
</context>
<context>
    <name>hotline::PhoneSiteConfig</name>
    <message>
        <location filename="../../models/telephony/PhoneSiteConfig.cpp" line="+32"/>
        <source>%1 里 [phone] %2=%3 应为 1–65535 的端口号</source>
        <translation>[phone] %2=%3 in %1 must be a port number, 1–65535</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 里 [phone] kind=%2 不对：应为 baresip、attach 或 none</source>
        <translation>[phone] kind=%2 in %1 is wrong: use baresip, attach or none</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 里的 [phone]：%2</source>
        <translation>[phone] in %1: %2</translation>
    </message>
</context>
<context>
    <name>hotline::PointCsvReader</name>
    <message>
        <location filename="../../models/geo/PointCsvReader.cpp" line="+58"/>
        <source>文件是空的</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>第 1 行：表头要有名称列（name）和坐标列（lng、lat，或 lng_gcj02、lat_gcj02），实际为：%1</source>
        <translation>Line 1: the header needs a name column (name) and coordinate columns (lng, lat, or lng_gcj02, lat_gcj02); found: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应有 %1 列，实际 %2 列</source>
        <translation>Expected %1 columns, found %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>名称为空</source>
        <translation>Name is empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>坐标不是数字：“%1”, “%2”</source>
        <translation>Coordinates are not numbers: “%1”, “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>坐标 (%1, %2) 超出经纬度范围（经度 −180…180，纬度 −90…90）</source>
        <translation>Coordinates (%1, %2) are out of range (longitude −180…180, latitude −90…90)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>区划代码“%1”应为 6 位数字</source>
        <translation>District code “%1” must be 6 digits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件里只有表头，没有地点</source>
        <translation>The file has only a header and no places</translation>
    </message>
</context>
<context>
    <name>hotline::ProgressDetailView</name>
    <message>
        <location filename="../../ui/training/ProgressDetailView.cpp" line="+37"/>
        <source>情景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>练习次数</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最好成绩</source>
        <translation>Best</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近成绩</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近一次</source>
        <translation>Last played</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>考试：</source>
        <translation>Exam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最弱事项：</source>
        <translation>Weakest items:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最弱区：</source>
        <translation>Weakest districts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均：</source>
        <translation>Averages:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有选中学员</source>
        <translation>No trainee selected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（练习还不够：每项至少练 %1 次才比较）</source>
        <translation>(not enough practice yet: each needs %1 tries to compare)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 %2%（%n 次）</source>
        <translation>
            <numerusform>%1 %2% (%n try)</numerusform>
            <numerusform>%1 %2% (%n tries)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1的进度：已练 %2 个情景，平均最好成绩 %3</source>
        <translation>Progress of %1: %2 scenarios practised, average best score %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未练</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>还没有练习</source>
        <translation>No practice yet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n 次练习，得分 %1，录入 %2 字/分，挂机到提交 %3，按键 %4 次，静默 %5 秒</source>
        <translation>
            <numerusform>%n call, score %1, typing %2 chars/min, hang-up to submit %3, %4 keystrokes, silence %5 s</numerusform>
            <numerusform>%n calls, score %1, typing %2 chars/min, hang-up to submit %3, %4 keystrokes, silence %5 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（都未提交）</source>
        <translation>(none submitted)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>hotline::QualityPage</name>
    <message>
        <location filename="../../ui/lead/QualityPage.cpp" line="+24"/>
        <source>校准评分(&amp;C)：多位质检员评同一通录音，不计入接线员成绩</source>
        <translation>&amp;Calibration: several reviewers score one recording; not counted for the operator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>录音 ID，Enter 开始评分</source>
        <translation>Recording ID, Enter to score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>参考质检员的登录名（空为自己），Enter 查看校准</source>
        <translation>Reference login (empty: you); Enter to calibrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>录音(&amp;R)</source>
        <translation>&amp;Recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评分表(&amp;F)</source>
        <translation>Scoring &amp;form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>退回的申诉</source>
        <translation>Returned disputes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>参考质检员(&amp;E)</source>
        <translation>R&amp;eference reviewer</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+38"/>
        <source>读不到评分表：%1</source>
        <translation>Cannot read the scoring forms: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1（第 %2 版）</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>读不到退回的申诉：%1</source>
        <translation>Cannot read the returned disputes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>中心还没有发布评分表</source>
        <translation>The center has not published a scoring form yet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>重评：原评分 %1 分仍保留，提交后生成新的评分</source>
        <translation>Rescoring: the earlier score of %1 stays; submitting creates a new score</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>评分没有保存：%1</source>
        <translation>The score was not saved: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已保存（校准评分）：%1 分</source>
        <translation>Saved (calibration score): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已保存：%1 分</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>先在“录音”处输入要校准的录音 ID</source>
        <translation>First enter the recording ID to calibrate under &quot;Recording&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有校准结果：%1</source>
        <translation>No calibration results: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已维持原评</source>
        <translation>The original score stands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>hotline::QueueListModel</name>
    <message>
        <location filename="../../models/itemmodels/QueueListModel.cpp" line="+68"/>
        <source>待办</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>hotline::RecordingFiles</name>
    <message>
        <location filename="../../models/recordings/RecordingFiles.cpp" line="+24"/>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法把 %1 写到磁盘：%2</source>
        <translation>Cannot write %1 to disk: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>无法把 %1 改名为 %2：%3</source>
        <translation>Cannot rename %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>hotline::RecordingImport</name>
    <message>
        <location filename="../../models/recordings/RecordingImport.cpp" line="+32"/>
        <source>录音文件 %1 无法读取：%2</source>
        <translation>The recording file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法写临时文件 %1：%2</source>
        <translation>Cannot write the temporary file %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>录音文件 %1 读到一半出错：%2</source>
        <translation>The recording file %1 failed part way: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法写临时文件 %1</source>
        <translation>Cannot write the temporary file %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>不认识的通话信息 %1（可用：%2）</source>
        <translation>Unknown call detail %1 (available: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入一个立体声 WAV 文件，或市民、接线员两个单声道文件</source>
        <translation>Import one stereo WAV file, or two mono files: citizen and operator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>录音文件 %1 不存在</source>
        <translation>The recording file %1 does not exist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 不是立体声文件（%2 个声道）：单声道录音请给市民和接线员两个文件</source>
        <translation>%1 is not a stereo file (%2 channels): for mono recordings give two files, citizen and operator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 不是单声道文件</source>
        <translation>%1 is not a mono file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 不是工单编号</source>
        <translation>%1 is not a work order number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>started 要写成带时区的 ISO 8601 时间，如 2026-12-07T08:30:00+08:00</source>
        <translation>started must be an ISO 8601 time with a time zone, e.g. 2026-12-07T08:30:00+08:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法创建临时目录：%1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>录音文件 %1 里没有声音</source>
        <translation>The recording file %1 has no sound in it</translation>
    </message>
</context>
<context>
    <name>hotline::RecordingPipeline</name>
    <message>
        <location filename="../../models/recordings/RecordingPipeline.cpp" line="+13"/>
        <source>通话 %1 的录音没有保存：%2</source>
        <translation>The recording of call %1 was not kept: %2</translation>
    </message>
</context>
<context>
    <name>hotline::RecordingRepository</name>
    <message>
        <location filename="../../models/recordings/CallRecorder.cpp" line="+29"/>
        <location filename="../../models/recordings/RecordingRepository.cpp" line="-237"/>
        <source>无法创建录音目录 %1</source>
        <translation>Cannot create the recordings folder %1</translation>
    </message>
    <message>
        <location filename="../../models/recordings/RecordingRepository.cpp" line="-2"/>
        <source>电话 %1 没有录音文件</source>
        <translation>Call %1 has no recording files</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>工单号是空的</source>
        <translation>The work order number is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有录音 %1</source>
        <translation>No recording %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>电话 %1 没有录音</source>
        <translation>Call %1 has no recording</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>录音保留天数应在 0 到 %1 之间</source>
        <translation>Recording retention must be 0 to %1 days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法删除过期录音 %1</source>
        <translation>Cannot delete the expired recording %1</translation>
    </message>
</context>
<context>
    <name>hotline::RecordingUploader</name>
    <message>
        <location filename="../../models/recordings/RecordingUploader.cpp" line="+120"/>
        <source>连不上中心：%1</source>
        <translation>Cannot reach the center: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中心答复 %1：%2</source>
        <translation>The center answered %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>中心已有同一编号但内容不同的录音</source>
        <translation>The center holds a different recording under the same id</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无法读取录音 %1：%2</source>
        <translation>Cannot read the recording %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>录音 %1 比记录的短：文件被改动过</source>
        <translation>The recording %1 is shorter than recorded: the file was changed</translation>
    </message>
</context>
<context>
    <name>hotline::ReportDialog</name>
    <message>
        <location filename="../../ui/lead/ReportDialog.cpp" line="+18"/>
        <source>生成报告</source>
        <translation>Create report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>区：%1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时段：%1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告对象(&amp;S)</source>
        <translation>Report &amp;subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件(&amp;F)</source>
        <translation>PDF &amp;file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同名的 CSV 文件写在它旁边。</source>
        <translation>A CSV file of the same name is written beside it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>12345报告-%1-%2.pdf</source>
        <translation>12345-report-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>hotline::ReportWriter</name>
    <message>
        <location filename="../../reports/ReportWriter.cpp" line="+137"/>
        <source>12345热线统计报告 · %1 · %2</source>
        <translation>12345 Hotline Report · %1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有找到中文字体“%1”（fonts-noto-cjk），报告未生成。</source>
        <translation>The Chinese font &quot;%1&quot; (fonts-noto-cjk) was not found; no report was created.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>无法写入文件 %1：%2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按时签收</source>
        <translation>Signed on time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>响应率</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>解决率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退单</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12345热线统计报告</source>
        <translation>12345 Hotline Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&#x3000;&#x3000;时段：%2（%3 至 %4）</source>
        <translation>%1    Period: %2 (%3 to %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成于 %1；响应率＝按时签收／已派单，解决率＝回访未表示不满意／回访接通，满意率按满意 1、基本满意 0.8 计。</source>
        <translation>Created %1. Response rate = signed on time / dispatched; resolution rate = callbacks not dissatisfied / callbacks reached; satisfaction rate counts satisfied as 1, basically satisfied as 0.8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>总体</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>各单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各单位的响应率、解决率、满意率</source>
        <translation>Response, resolution and satisfaction rates by unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各单位的退单与超期</source>
        <translation>Returns and overdue by unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>各街道</source>
        <translation>Streets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各街道的响应率、解决率、满意率</source>
        <translation>Response, resolution and satisfaction rates by street</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>诉求量前十的街道</source>
        <translation>Top 10 streets by appeals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>诉求量前十的街道：%1</source>
        <translation>Top 10 streets by appeals: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>诉求量</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>趋势</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报告的页面未能画完：%1</source>
        <translation>The report&apos;s pages could not all be drawn: %1</translation>
    </message>
</context>
<context>
    <name>hotline::ReviewPage</name>
    <message>
        <location filename="../../ui/lead/ReviewPage.cpp" line="+40"/>
        <location line="+10"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> 分钟以上</source>
        <translation> min or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 分钟以内</source>
        <translation> min or less</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退单或重办过</source>
        <translation>Returned or redone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>只看本周抽给我的</source>
        <translation>Only my spot checks this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 秒以上静音</source>
        <translation> s of silence or more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>接线员工号</source>
        <translation>Operator ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一级/二级/三级事项</source>
        <translation>Level 1/2/3 item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承办单位代码</source>
        <translation>Handling unit code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访结果不限</source>
        <translation>Any callback result</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>接线员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最短</source>
        <translation>Shortest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最长</source>
        <translation>Longest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>静音</source>
        <translation>Silence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>回车审听所选录音；在审听页按 Esc 回到这里</source>
        <translation>Enter reviews the selected recording; Esc on the review page returns here</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>正在查询……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>查询失败：%1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>共 %1 段录音</source>
        <translation>%1 recordings</translation>
    </message>
</context>
<context>
    <name>hotline::ReviewPlayer</name>
    <message>
        <location filename="../../ui/lead/ReviewPlayer.cpp" line="+66"/>
        <source>写下批注，回车保存，Esc 取消</source>
        <translation>Write a comment, Enter saves, Esc cancels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>批注</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工单与经过</source>
        <translation>Work orders and history</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>空格 播放/暂停 · J/K/L 后退/暂停/快进 · ←/→ 5 秒 · Shift+←/→ 30 秒 · Home/End · [ ] 速度 · +/− 缩放 · S 跳过静音 · C 批注 · Q 评分 · Esc 返回列表</source>
        <translation>Space play/pause · J/K/L back/pause/forward · ←/→ 5 s · Shift+←/→ 30 s · Home/End · [ ] speed · +/− zoom · S skip silence · C comment · Q score · Esc back to list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>批注（回车跳到该处）</source>
        <translation>Comments (Enter jumps there)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 的来电录音 · %2 · 时长 %3 · 来电号码 %4</source>
        <translation>Call recording of %1 · %2 · length %3 · caller %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在取录音……</source>
        <translation>Fetching the recording…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>工单和批注取不到：%1</source>
        <translation>Cannot fetch the work orders and comments: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>这段录音无法播放：%1</source>
        <translation>This recording cannot be played: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc 回到列表，可以继续审听其他录音</source>
        <translation>Esc returns to the list to review other recordings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2（%3）</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1  %2 —— %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>在 %1 处批注：</source>
        <translation>Comment at %1:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>批注没有保存：%1</source>
        <translation>The comment was not saved: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 / %2 · %3 倍速</source>
        <translation>%1 / %2 · %3x speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · 播放中</source>
        <translation> · playing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · 已暂停</source>
        <translation> · paused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 跳过静音</source>
        <translation> · skipping silence</translation>
    </message>
</context>
<context>
    <name>hotline::ReviewPolicy</name>
    <message>
        <location filename="../../models/dispatch/ReviewPolicy.cpp" line="+19"/>
        <source>审核规则“%1”：confidence&lt; 后应为 0 到 1 之间的数</source>
        <translation>Review rule “%1”: confidence&lt; must be followed by a number between 0 and 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>审核规则“%1”：items: 后要列出事项，用 ; 分隔</source>
        <translation>Review rule “%1”: items: must be followed by the items, separated by ;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不认识的审核规则“%1”：可用 all、none、confidence&lt;0.8、items:路灯;井盖，用逗号组合</source>
        <translation>Unknown review rule “%1”: use all, none, confidence&lt;0.8 or items:路灯;井盖 (street lights; manhole covers), combined with commas</translation>
    </message>
</context>
<context>
    <name>hotline::ReviewQueueModel</name>
    <message>
        <location filename="../../models/itemmodels/ReviewQueueModel.cpp" line="+90"/>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>录音损坏</source>
        <translation>Recording damaged</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>通话时间</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接线员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时长</source>
        <translation>Length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访结果</source>
        <translation>Callback result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最长静音</source>
        <translation>Longest silence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hotline::RingValidator</name>
    <message>
        <location filename="../../models/geo/RingValidator.cpp" line="+47"/>
        <source>环只有 %1 个点，至少要 4 个（三角形加闭合点）</source>
        <translation>The ring has only %1 point(s); at least 4 are needed (a triangle plus the closing point)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>环没有闭合：首点 (%1, %2) 与末点 (%3, %4) 不同</source>
        <translation>The ring is not closed: the first point (%1, %2) differs from the last point (%3, %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>第 %1 个点 (%2, %3) 超出经纬度范围</source>
        <translation>Point %1 (%2, %3) is out of the longitude/latitude range</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>环的所有点都在一条直线上，围不出面积</source>
        <translation>All the ring&apos;s points lie on one straight line: it encloses no area</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>环自相交：第 %1 条边与第 %2 条边相交（约在 %3, %4）</source>
        <translation>The ring is self-intersecting: edge %1 crosses edge %2 (near %3, %4)</translation>
    </message>
</context>
<context>
    <name>hotline::Scenario</name>
    <message>
        <location filename="../../models/training/Scenario.cpp" line="-104"/>
        <source>情景 %1 的第 %2 句没有起止时间（startMs、endMs）</source>
        <translation>Sentence %2 of scenario %1 has no start/end time (startMs, endMs)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>情景 %1 的来电历史需要工单号和日期（filedOn，如 2026-11-03）</source>
        <translation>The call history of scenario %1 needs a work order number and date (filedOn, e.g. 2026-11-03)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>情景 %1 缺少预期结果（expected）</source>
        <translation>Scenario %1 lacks the expected outcome (expected)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>情景 %1 的诉求类型 %2 不认识</source>
        <translation>Scenario %1 has an unknown appeal type %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>情景需要一个不超过 80 个字符的编号（id）</source>
        <translation>A scenario needs a number (id) of at most 80 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 需要标题</source>
        <translation>Scenario %1 needs a title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 的版本号应从 1 起</source>
        <translation>The version of scenario %1 must start at 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 的难度应为 1、2 或 3</source>
        <translation>The difficulty of scenario %1 must be 1, 2 or 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 的来电号码 %2 不是电话号码</source>
        <translation>The caller number %2 of scenario %1 is not a phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 没有来电人的话</source>
        <translation>Scenario %1 has no caller speech</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>情景 %1 的第 %2 句是空的</source>
        <translation>Sentence %2 of scenario %1 is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 的第 %2 句的结束时间早于开始时间</source>
        <translation>Sentence %2 of scenario %1 ends before it starts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 的第 %2 句与前一句重叠（%3 ms 开始，前一句到 %4 ms）</source>
        <translation>Sentence %2 of scenario %1 overlaps the previous one (starts at %3 ms, previous ends at %4 ms)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>情景 %1 的预期事项缺少一级分类</source>
        <translation>The expected issue of scenario %1 lacks a level-1 category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 的预期事项缺少二级分类</source>
        <translation>The expected issue of scenario %1 lacks a level-2 category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 的预期地点有街道没有区</source>
        <translation>The expected place of scenario %1 has a street but no district</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景 %1 的预期地点有社区没有街道</source>
        <translation>The expected place of scenario %1 has a community but no street</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>情景 %1 的要点应是 1 到 40 个字的短语</source>
        <translation>The key facts of scenario %1 must be phrases of 1 to 40 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>情景 %1 没有可评分的预期结果（事项、要点或知识条目）</source>
        <translation>Scenario %1 has no expected outcome to score (issue, key facts or knowledge article)</translation>
    </message>
</context>
<context>
    <name>hotline::ScenarioEditor</name>
    <message>
        <location filename="../../ui/training/ScenarioEditor.cpp" line="+44"/>
        <source>开始（毫秒）</source>
        <translation>Start (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束（毫秒）</source>
        <translation>End (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电人说的话</source>
        <translation>Caller&apos;s words</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每行一条要点，如：3个月、幸福小区</source>
        <translation>One key fact per line, e.g. 3个月, 幸福小区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>难度</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电号码</source>
        <translation>Caller number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>语音</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>加一句 (Ctrl+Shift+N)</source>
        <translation>Add line (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删去 (Del)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按语速重新计时 (Ctrl+R)</source>
        <translation>Retime by pace (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成语音 (Ctrl+G)</source>
        <translation>Make audio (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>诉求类型</source>
        <translation>Appeal type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一级</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二级</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三级</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>区代码</source>
        <translation>District code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>街道代码</source>
        <translation>Street code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区代码</source>
        <translation>Community code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>详细地点</source>
        <translation>Detailed place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位代码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要点</source>
        <translation>Key facts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>知识条目编号</source>
        <translation>Article ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知识条目标题</source>
        <translation>Article title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复条目</source>
        <translation>Answer article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发布到中心 (Ctrl+P)</source>
        <translation>Publish to center (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>（无，按文字播放）</source>
        <translation>(none, text playback)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>第 %1 句的开始或结束时间不是毫秒数</source>
        <translation>Line %1: start or end time is not in milliseconds</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>还没有指定情景文件的位置</source>
        <translation>No location set for the scenario file yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法保存到 %1：%2</source>
        <translation>Cannot save to %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>情景 %1 已交给中心发布</source>
        <translation>Scenario %1 sent to the center for publishing</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>已按每秒 %1 个字重新计时</source>
        <translation>Retimed at %1 characters per second</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>这台电脑没有语音合成，无法生成语音</source>
        <translation>This computer has no speech synthesis; cannot generate audio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>先指定情景文件的位置，语音存在它旁边</source>
        <translation>Set the scenario file location first; the audio is saved next to it</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>已生成语音 %1</source>
        <translation>Audio generated: %1</translation>
    </message>
</context>
<context>
    <name>hotline::ScoreCard</name>
    <message>
        <location filename="../../ui/training/ScoreCard.cpp" line="+28"/>
        <source>本次通话得分</source>
        <translation>Call score</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>应为</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>实填</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;（难度 %2）</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#x3000;(difficulty %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;font-size: 28px; color: %1;&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; / 100&#x3000;字段准确率 %3%&#x3000;要点覆盖 %4%</source>
        <translation>&lt;span style=&apos;font-size: 28px; color: %1;&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; / 100&#x3000;Field accuracy %3%&#x3000;Key facts covered %4%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（未填）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 秒（最佳 3–4 秒）</source>
        <translation>%1 s (best 3–4 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>录入速度 %1 字/分钟（北京要求 80）&#x3000;挂机到提交 %2&#x3000;知识库：%3&#x3000;按键 %4 次&#x3000;来电人静默等待 %5 秒</source>
        <translation>Typing speed %1 chars/min (Beijing requires 80)&#x3000;Hang-up to submit %2&#x3000;Knowledge base: %3&#x3000;Keystrokes %4&#x3000;Caller silence %5 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找到了正确的知识</source>
        <translation>found the right article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未采用正确的知识</source>
        <translation>right article not used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回车：下一个情景&#x3000;R：再练一次&#x3000;Esc：关闭</source>
        <translation>Enter: next scenario&#x3000;R: practice again&#x3000;Esc: close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回车 / Esc：关闭&#x3000;R：再练一次</source>
        <translation>Enter / Esc: close&#x3000;R: practice again</translation>
    </message>
</context>
<context>
    <name>hotline::Scoring</name>
    <message>
        <location filename="../../models/quality/Scoring.cpp" line="+36"/>
        <source>评分表“%1”第 %2 版没有题目“%3”</source>
        <translation>Scoring form &quot;%1&quot; version %2 has no question &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”还没有回答</source>
        <translation>&quot;%1&quot; has not been answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”不能选“不适用”</source>
        <translation>&quot;%1&quot; cannot be &quot;N/A&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”没有第 %2 个答案</source>
        <translation>&quot;%1&quot; has no answer %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”选了“%2”，需要写评语</source>
        <translation>&quot;%1&quot; is answered &quot;%2&quot;, which needs a comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”的评语超过 2000 字</source>
        <translation>The comment on &quot;%1&quot; is longer than 2000 characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>所有题都是“不适用”，无法评分</source>
        <translation>Every question is &quot;N/A&quot;: cannot score</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>第 %1 个回答没有题目 id（question）</source>
        <translation>Answer %1 has no question id (question)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>题目“%1”回答了两次</source>
        <translation>Question &quot;%1&quot; is answered twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>题目“%1”的 answer 应为答案序号（从 0 起）或 null（不适用）</source>
        <translation>Question &quot;%1&quot;: answer must be an answer index (from 0) or null (N/A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>题目“%1”的 comment 应为文字</source>
        <translation>Question &quot;%1&quot;: comment must be text</translation>
    </message>
</context>
<context>
    <name>hotline::ScoringForm</name>
    <message>
        <location filename="../../models/quality/ScoringForm.cpp" line="+84"/>
        <source>评分表不是有效的 JSON（第 %1 个字符处：%2）</source>
        <translation>The scoring form is not valid JSON (at character %1: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评分表应是一个 JSON 对象</source>
        <translation>The scoring form must be a JSON object</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>评分表有不认识的字段“%1”（可用：key、name、version、groups）</source>
        <translation>The scoring form has an unknown field &quot;%1&quot; (available: key, name, version, groups)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>评分表的 key 应为 1 到 64 个小写字母、数字、- 或 _（现为“%1”）</source>
        <translation>The scoring form&apos;s key must be 1 to 64 lower-case letters, digits, - or _ (now &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评分表需要名称（name，不超过 200 字）</source>
        <translation>The scoring form needs a name (name, 200 characters at most)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评分表的版本（version）应为正整数</source>
        <translation>The scoring form&apos;s version (version) must be a positive whole number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>评分表没有题组（groups）</source>
        <translation>The scoring form has no question groups (groups)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>第 %1 组</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：不认识的字段“%2”（可用：name、questions）</source>
        <translation>%1: unknown field &quot;%2&quot; (available: name, questions)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1：题组需要名称</source>
        <translation>%1: the question group needs a name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1（%2）：题组是空的，至少要有一道题</source>
        <translation>%1 (%2): the question group is empty; it needs at least one question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 %1 组第 %2 题（%3）</source>
        <translation>Group %1, question %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：不认识的字段“%2”（可用：id、text、weight、answers、na、comment）</source>
        <translation>%1: unknown field &quot;%2&quot; (available: id, text, weight, answers, na, comment)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：题目需要 id（不超过 64 字）</source>
        <translation>%1: the question needs an id (64 characters at most)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：题目 id“%2”重复了，每道题的 id 必须不同</source>
        <translation>%1: question id &quot;%2&quot; is used twice; every question needs its own id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1：题目需要文字（text）</source>
        <translation>%1: the question needs text (text)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1：分值（weight）应为大于 0、不超过 %2 的数</source>
        <translation>%1: the points (weight) must be a number above 0 and at most %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1：na 应为 true 或 false</source>
        <translation>%1: na must be true or false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1：comment 应为 never、below_full 或 always</source>
        <translation>%1: comment must be never, below_full or always</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1：应有 2 到 9 个答案（数字键 1–9 选答案）</source>
        <translation>%1: there must be 2 to 9 answers (the number keys 1–9 choose an answer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1第 %2 个答案</source>
        <translation>%1, answer %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1：不认识的字段“%2”（可用：label、share、fatal）</source>
        <translation>%1: unknown field &quot;%2&quot; (available: label, share, fatal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1：答案需要文字（label）</source>
        <translation>%1: the answer needs text (label)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1（%2）：答案没有得分比例（share，0 到 100）</source>
        <translation>%1 (%2): the answer has no score share (share, 0 to 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1（%2）：得分比例 %3 不在 0 到 100 之间</source>
        <translation>%1 (%2): the score share %3 is not between 0 and 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1：fatal 应为 true 或 false</source>
        <translation>%1: fatal must be true or false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1（%2）：致命答案使整张评分为 0，它自己的得分比例也应为 0</source>
        <translation>%1 (%2): a fatal answer makes the whole score 0, so its own share must be 0 too</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1：没有得满分（share 100）的答案</source>
        <translation>%1: no answer gets full points (share 100)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各题分值之和为 %1，应为 %2：请调整分值</source>
        <translation>The questions&apos; points add up to %1 but must total %2: adjust the points</translation>
    </message>
</context>
<context>
    <name>hotline::ScoringWidget</name>
    <message>
        <location filename="../../ui/lead/ScoringWidget.cpp" line="+35"/>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>答案</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>评语</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>没有评分表</source>
        <translation>No scoring form</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1（第 %2 版）· 录音 %3</source>
        <translation>%1 (version %2) · recording %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>（致命项）</source>
        <translation> (fatal)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>“%1”不能选“不适用”</source>
        <translation>&quot;%1&quot; cannot be &quot;N/A&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”只有 %2 个答案</source>
        <translation>&quot;%1&quot; has only %2 answers</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 %2（致命，整表 0 分）</source>
        <translation>%1 %2 (fatal, whole form 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3%</source>
        <translation>%1 %2 %3%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 不适用</source>
        <translation>0 N/A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>此答案必须写评语（Enter 写完后下一题）</source>
        <translation>This answer needs a comment (Enter when done goes to the next question)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>评语（可选；Enter 在题目和评语之间切换）</source>
        <translation>Comment (optional; Enter switches between question and comment)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>需写评语</source>
        <translation>Comment needed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>得分 0（致命项：%1）</source>
        <translation>Score 0 (fatal: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>得分 %1 / 100（已答 %2/%3）</source>
        <translation>Score %1 / 100 (answered %2/%3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在提交……</source>
        <translation>Submitting…</translation>
    </message>
</context>
<context>
    <name>hotline::SeatServices</name>
    <message>
        <location filename="../../models/desk/SeatServices.cpp" line="+28"/>
        <source>话机没有启动：%1</source>
        <translation>The phone did not start: %1</translation>
    </message>
</context>
<context>
    <name>hotline::SeatStatus</name>
    <message>
        <location filename="../../ui/operator/SeatStatus.cpp" line="+54"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（剩 %1 秒）</source>
        <translation> (%1 s left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（结束后示忙）</source>
        <translation> (not ready next)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>坐席：%1</source>
        <translation>Seat: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>通话 %1:%2</source>
        <translation>Call %1:%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>话机故障</source>
        <translation>Phone fault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>话机：未接入（手工受理）</source>
        <translation>Phone: none (by hand)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>话机：就绪</source>
        <translation>Phone: ready</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>话机：连接中</source>
        <translation>Phone: connecting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未同步 %1</source>
        <translation>%1 unsynced</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中心：%1 · 未同步 %2</source>
        <translation>Center: %1 · %2 unsynced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 上次同步 %1</source>
        <translation> · last sync %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（Ctrl+Shift+I 登录）</source>
        <translation> (Ctrl+Shift+I to sign in)</translation>
    </message>
</context>
<context>
    <name>hotline::ShortcutCatalog</name>
    <message>
        <source>接听来电，新建工单</source>
        <translation type="vanished">Answer call, new work order</translation>
    </message>
    <message>
        <location filename="../../ui/operator/ShortcutCatalog.cpp" line="+19"/>
        <source>提交工单</source>
        <translation>Submit work order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <source>挂机（进入话后整理）</source>
        <translation type="vanished">Hang up (start after-call work)</translation>
    </message>
    <message>
        <source>示闲 / 示忙</source>
        <translation type="vanished">Ready / Not ready</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>接听来电（无来电时手工受理），新建工单</source>
        <translation>Answer the call (or take one by hand): new work order</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>挂机（振铃时拒接，咨询中挂断咨询）</source>
        <translation>Hang up (refuse while ringing, end a consultation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保持 / 恢复通话</source>
        <translation>Hold / resume the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>静音 / 取消静音</source>
        <translation>Mute / unmute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转接：选单位或同事的号码</source>
        <translation>Transfer: pick a unit&apos;s or colleague&apos;s number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询转接：先通话，再按一次完成转接</source>
        <translation>Consulted transfer: talk first, press again to complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示闲 / 示忙（通话中按：结束后示忙）</source>
        <translation>Ready / not ready (during a call: not ready after it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示忙并选择原因</source>
        <translation>Not ready, with a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离线（下班，不再接听）</source>
        <translation>Offline (end of shift, no more calls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记为重复来电（再按换下一张未办结工单）</source>
        <translation>Mark as repeat call (press again for the next unresolved work order)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>催问进度：读出工单进展并记一次催问</source>
        <translation>Progress inquiry: read out the order&apos;s progress and record the inquiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索知识库（任何位置）</source>
        <translation>Search the knowledge base (from anywhere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采用所选知识的答案，记为直接答复</source>
        <translation>Use the selected article&apos;s answer; the call is recorded as answered directly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采用第一条分类建议（再按换下一条）</source>
        <translation>Take the first classification suggestion (press again for the next)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把所选转写句子（未选则最新一句）加入诉求内容</source>
        <translation>Add the chosen transcript sentence (the newest if none is chosen) to the description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>右侧：知识库</source>
        <translation>Right pane: knowledge base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>右侧：来电历史</source>
        <translation>Right pane: call history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>右侧：地图</source>
        <translation>Right pane: map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>右侧：通话转写</source>
        <translation>Right pane: transcript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复默认面板布局（拆到副屏的面板收回）</source>
        <translation>Default panel layout (brings back torn-off panels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>光标移到来电历史列表</source>
        <translation>Move focus to the call history list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地图定位：搜索地名（任何位置）</source>
        <translation>Map: search for a place name (from anywhere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>光标移到地图：方向键平移，+ − 缩放，回车取点</source>
        <translation>Move focus to the map: arrow keys pan, + − zoom, Enter takes the point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开知识库编辑</source>
        <translation>Open the knowledge base editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工单流转：派单审核 / 承办工单 / 回访（按登录角色）</source>
        <translation>Work list: dispatch review / unit&apos;s orders / callbacks (by signed-in role)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>质检与现场：班长看录音质检、现场、月报；接线员看自己的质检评价</source>
        <translation>Quality and floor: team leads see quality review, floor and month report; operators see their own reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录中心（同步工单与知识库）</source>
        <translation>Sign in to the center (sync work orders and the knowledge base)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示 / 关闭快捷键一览</source>
        <translation>Show / close the shortcut overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>来电号码</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人</source>
        <translation>Caller name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别（数字键选择）</source>
        <translation>Gender (choose with number keys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求内容</source>
        <translation>Appeal details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发生地点（汉字或拼音首字母，回车选定）</source>
        <translation>Location (Chinese characters or pinyin initials, Enter to choose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>详细地址</source>
        <translation>Detailed address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项分类（汉字或拼音首字母，回车选定）</source>
        <translation>Item classification (Chinese characters or pinyin initials, Enter to choose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求类型（数字键选择）</source>
        <translation>Appeal type (choose with number keys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及单位</source>
        <translation>Involved unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度（数字键选择）</source>
        <translation>Urgency (choose with number keys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>直接答复</source>
        <translation>Reply given on the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需要回复（空格切换）</source>
        <translation>Reply needed (Space toggles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访号码</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保密（空格切换）</source>
        <translation>Confidential (Space toggles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电性质：首次 / 重复</source>
        <translation>Call type: first / repeat</translation>
    </message>
</context>
<context>
    <name>hotline::ShortcutOverlay</name>
    <message>
        <location filename="../../ui/operator/ShortcutOverlay.cpp" line="+33"/>
        <source>&lt;h2&gt;快捷键一览&lt;/h2&gt;按 F1 或 Esc 关闭</source>
        <translation>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;Press F1 or Esc to close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跳到字段</source>
        <translation>Jump to field</translation>
    </message>
</context>
<context>
    <name>hotline::SignInDialog</name>
    <message>
        <location filename="../../ui/common/SignInDialog.cpp" line="+19"/>
        <source>登录中心</source>
        <translation>Sign In to the Center</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>中心地址(&amp;U)</source>
        <translation>Center &amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录名(&amp;L)</source>
        <translation>&amp;Login name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码(&amp;W)</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+58"/>
        <source>登录</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>中心地址应为 http://主机:端口</source>
        <translation>The center URL should be http://host:port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请填写登录名和密码</source>
        <translation>Please enter your login name and password</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在登录…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>hotline::SimulatedPhone</name>
    <message>
        <source>示忙中：来电未振铃</source>
        <translation type="vanished">Not ready: the call did not ring</translation>
    </message>
    <message>
        <location filename="../../models/telephony/SimulatedPhone.cpp" line="+18"/>
        <source>正在通话：来电 %1 未振铃</source>
        <translation>In a call: %1 did not ring</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>来电号码“%1”不是电话号码</source>
        <translation>Caller ID “%1” is not a telephone number</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>示忙中，来电已拒接</source>
        <translation>Not ready: the call was refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>示忙中，来电已转至 %1</source>
        <translation>Not ready: the call was diverted to %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>没有通话 %1</source>
        <translation>No call %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>通话当前为“%1”，不能%2</source>
        <translation>The call is “%1”: cannot %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+24"/>
        <source>挂断</source>
        <translation>hang up</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>来电人在接听前挂断（未接来电）</source>
        <translation>The caller hung up before the answer (missed call)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来电人挂断</source>
        <translation>The caller hung up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>接听</source>
        <translation>answer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>坐席拒接</source>
        <translation>Rejected by the operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>坐席挂断</source>
        <translation>The operator hung up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保持</source>
        <translation>put on hold</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>恢复通话</source>
        <translation>resume</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>静音</source>
        <translation>mute</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>按键“%1”不是电话按键（0–9、*、#、A–D）</source>
        <translation>“%1” are not phone keys (0–9, *, #, A–D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发送按键</source>
        <translation>send keys</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>转接号码“%1”不是电话号码或分机号</source>
        <translation>“%1” is not a telephone number or extension</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转接</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已转接至 %1</source>
        <translation>Transferred to %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>咨询转接</source>
        <translation>Consulted transfer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已在咨询 %1</source>
        <translation>Already consulting %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>完成转接</source>
        <translation>complete the transfer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>通话 %1 不是对 %2 的咨询</source>
        <translation>Call %1 is not a consultation for %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>咨询后已转接</source>
        <translation>Transferred after consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询后已转接至 %1</source>
        <translation>Transferred to %1 after consultation</translation>
    </message>
    <message>
        <source>%1至 %2</source>
        <translation type="vanished">%1 to %2</translation>
    </message>
    <message>
        <source>直接转接</source>
        <translation type="vanished">Blind transfer</translation>
    </message>
    <message>
        <source>咨询后转接</source>
        <translation type="vanished">Consulted transfer</translation>
    </message>
</context>
<context>
    <name>hotline::Step</name>
    <message>
        <location filename="../../models/workorder/Lifecycle.cpp" line="-264"/>
        <source>办结答复不能为空：写明办理结果，回访时要读给市民听</source>
        <translation>The resolution reply must not be empty: state the result, to be read to the caller at the callback</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>只有回访不满意的工单才能重新办理</source>
        <translation>Only work orders with a dissatisfied callback can be reopened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新办理要写明市民不满意的原因</source>
        <translation>Reopening needs the reason the caller is dissatisfied</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>合并必须指定另一张工单</source>
        <translation>Merge requires another work order</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>工单 %1 还没有回访，不能归档</source>
        <translation>Work order %1 has had no callback yet, so it cannot be archived</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>派单必须指定承办单位</source>
        <translation>A dispatch must name the responsible unit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>审核结论应为 approve、correct 或 send_back</source>
        <translation>The review decision should be approve, correct or send_back</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>改派要选一个与建议不同的承办单位</source>
        <translation>A re-dispatch needs a responsible unit other than the proposed one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>审核改派</source>
        <translation>Re-dispatched at review</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>退回接线员要写明要补充或更正什么</source>
        <translation>Sending back to the operator needs a note of what to add or correct</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>退单必须从列表中选择理由（%1）</source>
        <translation>A return needs a reason from the list (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>理由为“其他”时要写明退单原因</source>
        <translation>With the reason “Other”, write why the order is returned</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>工单 %1 已有待审批的延期申请</source>
        <translation>Work order %1 already has an extension request awaiting a decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>延期要给出晚于现在的办结期限（until，ISO 8601 时间）</source>
        <translation>An extension needs a new deadline later than now (until, an ISO 8601 time)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>延期要写明理由</source>
        <translation>An extension needs a reason</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>工单 %1 没有待审批的延期申请</source>
        <translation>Work order %1 has no extension request awaiting a decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>延期审批要说明是否同意（approved: true 或 false）</source>
        <translation>An extension decision must say whether it is approved (approved: true or false)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>批准的期限要晚于现在</source>
        <translation>The approved deadline must be later than now</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>回访结果应为 satisfied、basically_satisfied、dissatisfied 或 unreachable</source>
        <translation>The callback result should be satisfied, basically_satisfied, dissatisfied or unreachable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工单 %1 已回访（%2）</source>
        <translation>Work order %1 has already had its callback (%2)</translation>
    </message>
</context>
<context>
    <name>hotline::StereoMixer</name>
    <message>
        <location filename="../../models/recordings/StereoMixer.cpp" line="+41"/>
        <source>录音文件 %1 不存在</source>
        <translation>The recording file %1 does not exist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>录音文件 %1 无法读取：%2</source>
        <translation>The recording file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>录音文件 %1 的格式不对（%2 个声道，%3 Hz）</source>
        <translation>The recording file %1 has the wrong format (%2 channels, %3 Hz)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+31"/>
        <source>无法转换 %1 的采样率：%2</source>
        <translation>Cannot convert the sample rate of %1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+7"/>
        <source>录音文件 %1 读到一半出错：%2</source>
        <translation>The recording file %1 failed part way: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>录音文件 %1 和 %2 都是空的：这通电话没有录到声音</source>
        <translation>The recording files %1 and %2 are both empty: no sound was recorded of this call</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>无法写入录音 %1：%2</source>
        <translation>Cannot write the recording %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法写完录音 %1：%2</source>
        <translation>Cannot finish writing the recording %1: %2</translation>
    </message>
</context>
<context>
    <name>hotline::SyncEngine</name>
    <message>
        <location filename="../../models/sync/SyncEngine.cpp" line="+43"/>
        <source>未连接中心</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未登录</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同步中</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>这是培训（模拟）用的本地库，不连接中心：培训中的工单与记录只留在本机，不进入真实工单</source>
        <translation>This is a local training (simulation) database, not connected to the center: work orders and records made in training stay on this computer and never become real work orders</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>登录已过期</source>
        <translation>Sign-in has expired</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>连不上中心：%1</source>
        <translation>Cannot reach the center: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>中心的磁盘已满：本席的工单都留在本机，中心腾出空间后自动补传</source>
        <translation>The centre’s disk is full: this desk keeps its work orders and sends them once the centre has room</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>中心答复 %1：%2</source>
        <translation>The center replied %1: %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+175"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>未登录中心</source>
        <translation>Not signed in to the center</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>中心拒绝了查询（%1）</source>
        <translation>The center refused the query (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>中心拒绝了请求（%1）</source>
        <translation>The center refused the request (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>模拟工单不进入中心</source>
        <translation>Simulated work orders are not sent to the center</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>这项操作太大，中心不收（超过中心的请求上限）</source>
        <translation>This operation is too large for the centre (over its request limit)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>中心重新启动，正在核对</source>
        <translation>The centre restarted: checking what it has</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>中心的更新存不进本机：%1</source>
        <translation>The centre’s changes cannot be stored on this desk: %1</translation>
    </message>
</context>
<context>
    <name>hotline::SynonymPage</name>
    <message>
        <location filename="../../ui/editor/SynonymPage.cpp" line="+62"/>
        <source>同义词组(&amp;L)&#x3000;Ctrl+N 新增 · F2 或回车修改 · Del 删除 · Ctrl+Z 撤销全部未发布的修改 · Ctrl+P 发布</source>
        <translation>Synonym &amp;list  Ctrl+N add · F2 or Enter edit · Del delete · Ctrl+Z undo all unpublished changes · Ctrl+P publish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同义词</source>
        <translation>Synonyms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>改动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>如 丢了|遗失|丢失，用 | 或顿号隔开</source>
        <translation>e.g. 丢了|遗失|丢失, separated by | or 、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>为什么是同义词，给其他编辑看</source>
        <translation>Why these are synonyms, for the other editors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同义词(&amp;Y)</source>
        <translation>S&amp;ynonyms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明(&amp;O)</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>输入来电人的问法，回车加入预览</source>
        <translation>Type a caller&apos;s wording; Enter adds it to the preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预览查询(&amp;G)</source>
        <translation>Preview query (&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>每个查询的前 3 条：左为现在坐席看到的，右为发布修改后的；有变化的名次标“变”。Del 移除所选查询，F5 刷新</source>
        <translation>Top 3 for each query: left, what operators see now; right, after the changes are published; changed ranks are marked &quot;Changed&quot;. Del removes the selected query, F5 refreshes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查询</source>
        <translation>Query</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改后</source>
        <translation>After changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>新的一组：写好后回车，Esc 放弃</source>
        <translation>New group: press Enter when done, Esc to discard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>先在列表里选中一组</source>
        <translation>Select a group in the list first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>修改第 %1 组：改好后回车，Esc 放弃</source>
        <translation>Editing group %1: press Enter when done, Esc to discard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选中一组按 F2 修改，或按 Ctrl+N 新增一组</source>
        <translation>Select a group and press F2 to edit it, or Ctrl+N to add a group</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在发布，等中心答复后再改</source>
        <translation>Publishing: wait for the center&apos;s reply before editing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已改第 %1 组（未发布：Ctrl+P 发布）</source>
        <translation>Group %1 changed (not published: Ctrl+P publishes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已加为第 %1 组（未发布：Ctrl+P 发布）</source>
        <translation>Added as group %1 (not published: Ctrl+P publishes)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已删去“%1”（未发布：Ctrl+P 发布，Ctrl+Z 全部撤销）</source>
        <translation>Removed &quot;%1&quot; (not published: Ctrl+P publishes, Ctrl+Z undoes all)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>没有未发布的修改</source>
        <translation>No unpublished changes</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>撤销修改</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放弃全部未发布的修改（新增 %1 组、修改 %2 组、删去 %3 组），回到坐席现在用的同义词？</source>
        <translation>Discard all unpublished changes (%1 groups added, %2 changed, %3 removed) and go back to the synonyms operators use now?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部撤销</source>
        <translation>Undo all</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保留修改</source>
        <translation>Keep changes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已撤销全部未发布的修改</source>
        <translation>All unpublished changes undone</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>共 %1 组，与坐席现在用的相同</source>
        <translation>%1 groups, the same as operators use now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 %1 组；未发布的修改：新增 %2 组，修改 %3 组，删去 %4 组</source>
        <translation>%1 groups; unpublished changes: %2 added, %3 changed, %4 removed</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>（相近，非答案）</source>
        <translation> (similar, not an answer)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（都没有找到）</source>
        <translation>(nothing found)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>表单里还有没收下的一组：回车收下，或按 Esc 放弃，再按 Ctrl+P 发布</source>
        <translation>The form holds a group not yet taken in: press Enter to take it or Esc to discard it, then Ctrl+P to publish</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未登录中心，修改留在本页：按 Ctrl+Shift+I 登录后再按 Ctrl+P 发布</source>
        <translation>Not signed in to the center; the changes stay on this page: sign in with Ctrl+Shift+I, then press Ctrl+P to publish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在发布……</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>中心没有接受，修改留在本页：%1</source>
        <translation>The center did not accept the changes; they stay on this page: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>中心已发布，但本机没能写入：%1（下次同步时补上）</source>
        <translation>Published by the center, but this computer could not save it: %1 (made up at the next sync)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已发布 %1 组同义词（中心第 %2 号修改）：本机检索即刻使用，其他坐席同步后使用</source>
        <translation>Published %1 synonym groups (center change no. %2): searches on this computer use them now, other operators after their next sync</translation>
    </message>
</context>
<context>
    <name>hotline::TextClassifier</name>
    <message>
        <location filename="../../models/classify/TextClassifier.cpp" line="+79"/>
        <source>文本与类别的数量不一致（%1 与 %2）</source>
        <translation>The numbers of texts and categories differ (%1 and %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>分类模型的训练参数超出范围</source>
        <translation>The classification model&apos;s training parameters are out of range</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别不能为空</source>
        <translation>A category must not be empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>至少需要两个不同的类别才能训练，实际 %1 个</source>
        <translation>Training needs at least two different categories; found %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>分类模型数据已损坏或来自不兼容的版本</source>
        <translation>The classification model data is damaged or from an incompatible version</translation>
    </message>
</context>
<context>
    <name>hotline::TimeLimitsCsv</name>
    <message>
        <location filename="../../models/timelimits/TimeLimitsCsv.cpp" line="+24"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应有 5 列（紧急程度,诉求类型,分类,环节,时限），实际 %1 列</source>
        <translation>Expected 5 columns (urgency, appeal type, classification, stage, time limit), found %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>紧急程度“%1”无效，应为 normal、urgent、emergency 或 *</source>
        <translation>Urgency “%1” is not valid: use normal, urgent, emergency or *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>诉求类型“%1”无效，应为 consultation、help、complaint、report、suggestion、praise 或 *</source>
        <translation>Appeal type “%1” is not valid: use consultation, help, complaint, report, suggestion, praise or *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>环节“%1”无效，应为 sign（签收）、reply（答复）或 callback（回访）</source>
        <translation>Stage “%1” is not valid: use sign (sign for), reply or callback</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时限“%1”无效，应写作 30m、2h、7d 或 7wd（工作日）</source>
        <translation>Time limit “%1” is not valid: write it as 30m, 2h, 7d or 7wd (working days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>与第 %1 行的条件相同</source>
        <translation>Same conditions as line %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>缺少“%1”环节的默认时限（一行 *,*,*,%1,…）</source>
        <translation>No default time limit for the “%1” stage (a line *,*,*,%1,…)</translation>
    </message>
</context>
<context>
    <name>hotline::TrainingAttempt</name>
    <message>
        <location filename="../../models/training/TrainingAttempt.cpp" line="+72"/>
        <source>培训记录 %1 必须标为模拟（simulation 为 true）</source>
        <translation>Training attempt %1 must be marked as simulation (simulation true)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>培训记录 %1 的 score.%2 = %3 应在 0 到 1 之间</source>
        <translation>Training attempt %1: score.%2 = %3 should be between 0 and 1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>培训记录 %1 的总分 score.total = %2 不在 0 到 100 之间</source>
        <translation>Training attempt %1: the total score.total = %2 is not between 0 and 100</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>培训记录 %1 的情景版本（scenarioVersion）应是从 1 起的整数</source>
        <translation>Training attempt %1: the scenario version (scenarioVersion) should be a whole number from 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>培训记录 %1 的时间（playedAt）读不出：“%2”</source>
        <translation>Training attempt %1: the time (playedAt) does not read: “%2”</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>培训记录 %1 的考试标记（exam）应为 true 或 false</source>
        <translation>Training attempt %1: the exam flag (exam) should be true or false</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>培训记录 %1 的评分有负数（速度、按键、静默或提交时间）</source>
        <translation>Training attempt %1: the score has a negative figure (speed, keystrokes, silence or time to submit)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>培训记录 %1 的评分第 %2 行缺少 key</source>
        <translation>Training attempt %1: line %2 of the score has no key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>培训记录 %1 的评分第 %2 行（%3）的得分 points 应在 0 与满分 maxPoints 之间</source>
        <translation>Training attempt %1: line %2 of the score (%3) should have points between 0 and its maxPoints</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>培训记录 %1 的评分缺少数值 score.%2</source>
        <translation>Training attempt %1: the score lacks the figure score.%2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>培训记录 %1 缺少学员账号（trainee）</source>
        <translation>Training attempt %1 has no trainee login (trainee)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>培训记录 %1 缺少情景编号（scenarioId）</source>
        <translation>Training attempt %1 has no scenario id (scenarioId)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>培训记录 %1 缺少评分（score）</source>
        <translation>Training attempt %1 has no score (score)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>培训记录的编号（id）不是 UUID：“%1”</source>
        <translation>The training attempt&apos;s id (id) is not a UUID: “%1”</translation>
    </message>
</context>
<context>
    <name>hotline::TrainingCentreLink</name>
    <message>
        <location filename="../../models/training/TrainingCentreLink.cpp" line="+34"/>
        <source>未登录中心（Ctrl+Shift+I 登录）：只用本机的情景，成绩留在本机</source>
        <translation>Not signed in to the center (Ctrl+Shift+I to sign in): using local scenarios only; scores stay on this computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在与中心同步培训资料</source>
        <translation>Syncing training material with the center</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>情景没有从中心读到：%1</source>
        <translation>Could not load scenarios from the center: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>从中心收到 %1 个情景</source>
        <translation>Received %1 scenario(s) from the center</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>情景 %1 的语音没能保存</source>
        <translation>Could not save the audio for scenario %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>情景 %1 的语音没有读到：%2</source>
        <translation>Could not load the audio for scenario %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>课程没有从中心读到：%1</source>
        <translation>Could not load courses from the center: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>从中心收到 %1 门课程</source>
        <translation>Received %1 course(s) from the center</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 次练习的成绩已交到中心</source>
        <translation>Scores for %1 practice run(s) sent to the center</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>成绩没有交到中心（下次再交）：%1</source>
        <translation>Scores not sent to the center (will retry next time): %1</translation>
    </message>
</context>
<context>
    <name>hotline::TrainingCsv</name>
    <message>
        <location filename="../../models/classify/TrainingCsv.cpp" line="+10"/>
        <source>文件是空的：第 1 行应为表头</source>
        <translation>The file is empty: line 1 should be the header</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有指定文本列</source>
        <translation>No text column given</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>第 %1 行：表头中没有列“%2”（有 %3）</source>
        <translation>Line %1: the header has no column “%2” (it has %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应有 %1 列，实际 %2 列</source>
        <translation>Expected %1 columns, found %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>文本为空</source>
        <translation>The text is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别为空</source>
        <translation>The category is empty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件中没有任何记录</source>
        <translation>The file holds no records</translation>
    </message>
</context>
<context>
    <name>hotline::TrainingFeed</name>
    <message>
        <location filename="../../ui/lead/TrainingFeed.cpp" line="+36"/>
        <source>正在从中心读取课程和学员成绩…</source>
        <translation>Loading courses and trainee scores from the center…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>中心还没有发布培训课程（Ctrl+Shift+E 编辑情景）</source>
        <translation>The center has not published any training courses yet (Ctrl+Shift+E to edit scenarios)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在读取课程 %1 的学员成绩…</source>
        <translation>Loading trainee scores for course %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>（新情景）</source>
        <translation>(new scenario)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>编辑情景</source>
        <translation>Edit scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>情景：</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>情景编辑</source>
        <translation>Scenario editor</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>已发布 %1 第 %2 版</source>
        <translation>Published %1 version %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>情景已发布，但语音文件 %1 读不到：%2</source>
        <translation>Scenario published, but the audio file %1 could not be read: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已发布 %1 第 %2 版和来电人语音</source>
        <translation>Published %1 version %2 with caller audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情景已发布，语音没有发出：%1</source>
        <translation>Scenario published; the audio was not sent: %1</translation>
    </message>
</context>
<context>
    <name>hotline::TrainingStore</name>
    <message>
        <location filename="../../models/training/TrainingStore.cpp" line="-293"/>
        <source>培训库 %1 不存在</source>
        <translation>Training database %1 does not exist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 不是培训库（没有模拟标记）：培训只能在单独的培训库上进行，坐席的正式数据库不能用于培训。</source>
        <translation>%1 is not a training database (no simulation mark): training runs only on a separate training database; the operator&apos;s live database cannot be used for training.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>培训库不能与坐席数据库是同一个文件：%1</source>
        <translation>The training database cannot be the same file as the operator database: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>无法建立培训库的表：%1</source>
        <translation>Cannot create the training database tables: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>参考数据只能从坐席数据库复制，%1 本身是培训库</source>
        <translation>Reference data can only be copied from an operator database; %1 is itself a training database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>坐席数据库（版本 %1）与培训库（版本 %2）的结构不同，无法复制参考数据</source>
        <translation>The operator database (version %1) and the training database (version %2) have different structures; cannot copy reference data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法读取坐席数据库 %1：%2</source>
        <translation>Cannot read the operator database %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>清空参考数据 %1 失败：%2</source>
        <translation>Failed to clear reference data %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>复制参考数据 %1 失败：%2</source>
        <translation>Failed to copy reference data %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>复制知识库索引失败：%1</source>
        <translation>Failed to copy the knowledge base index: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>课程需要编号和标题</source>
        <translation>A course needs an ID and a title</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>情景文件夹 %1 不存在</source>
        <translation>Scenario folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法读取：%1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>不是 JSON 对象（第 %1 个字节处：%2）</source>
        <translation>Not a JSON object (at byte %1: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>文件中没有情景也没有课程</source>
        <translation>The file contains no scenarios and no courses</translation>
    </message>
</context>
<context>
    <name>hotline::TrainingWindow</name>
    <message>
        <location filename="../../ui/training/TrainingWindow.cpp" line="+51"/>
        <source>接线员培训 — Hotline Desk</source>
        <translation>Operator training — Hotline Desk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>课程 / 情景</source>
        <translation>Course / scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>难度</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>练习次数</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最好成绩</source>
        <translation>Best score</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>↑↓ 选择情景&#x3000;回车：开始模拟来电&#x3000;Ctrl+E：考试模式（不显示转写和提示）开 / 关&#x3000;Ctrl+M：我的进度&#x3000;Ctrl+Shift+I：登录中心&#x3000;F5：与中心同步&#x3000;Ctrl+Q：退出
坐席上：Ctrl+N 接听&#x3000;Alt+字母 跳到字段&#x3000;Ctrl+K 搜索知识库&#x3000;F9 采用答案&#x3000;F4 挂机&#x3000;Ctrl+Enter 提交并评分&#x3000;F1 全部快捷键</source>
        <translation>↑↓ choose scenario&#x3000;Enter: start simulated call&#x3000;Ctrl+E: exam mode (no transcript or hints) on / off&#x3000;Ctrl+M: my progress&#x3000;Ctrl+Shift+I: sign in to center&#x3000;F5: sync with center&#x3000;Ctrl+Q: quit
At the seat: Ctrl+N answer&#x3000;Alt+letter go to field&#x3000;Ctrl+K search knowledge base&#x3000;F9 use answer&#x3000;F4 hang up&#x3000;Ctrl+Enter submit and score&#x3000;F1 all shortcuts</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>来电人等待太久，已自行挂断：请尽快完成工单并提交（Ctrl+Enter）</source>
        <translation>The caller waited too long and hung up: finish the work order and submit it quickly (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;考试模式&lt;/b&gt;：来电时不显示通话转写和填单提示（Ctrl+E 切换）</source>
        <translation>&lt;b&gt;Exam mode&lt;/b&gt;: no call transcript or form hints during calls (Ctrl+E to switch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;练习模式&lt;/b&gt;：来电时显示通话转写和填单提示（Ctrl+E 切换为考试）</source>
        <translation>&lt;b&gt;Practice mode&lt;/b&gt;: call transcript and form hints shown during calls (Ctrl+E for exam)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1（情景缺失）</source>
        <translation>%1 (scenario missing)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未练习</source>
        <translation>Not practiced</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 次</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1（考试，%2 分及格）</source>
        <translation>%1 (exam, pass mark %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1（%2 分及格）</source>
        <translation>%1 (pass mark %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>其他情景</source>
        <translation>Other scenarios</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>培训库里还没有情景：请班长发布情景，或用 --training-scenarios 指定情景文件夹</source>
        <translation>No scenarios in the training database yet: ask the team lead to publish scenarios, or set a scenario folder with --training-scenarios</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>培训库里没有情景 %1</source>
        <translation>Scenario %1 is not in the training database</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>模拟来电没能振铃：%1</source>
        <translation>Simulated call failed to ring: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在播放：%1</source>
        <translation>Playing: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>成绩没能保存：%1</source>
        <translation>Score not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingWindowCentre.cpp" line="+42"/>
        <source>这台电脑没有启用与中心的同步：只用本机的情景</source>
        <translation>Sync with the center is not enabled on this computer: using local scenarios only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在与中心同步培训资料…</source>
        <translation>Syncing training material with the center…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>培训资料已是最新</source>
        <translation>Training material is up to date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这台电脑没有启用与中心的同步</source>
        <translation>Sync with the center is not enabled on this computer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>我的培训进度</source>
        <translation>My training progress</translation>
    </message>
</context>
<context>
    <name>hotline::TranscriptModel</name>
    <message>
        <location filename="../../models/itemmodels/TranscriptModel.cpp" line="+46"/>
        <source>实时识别结果，未经校正</source>
        <translation>Live result, not yet corrected</translation>
    </message>
</context>
<context>
    <name>hotline::TranscriptPanel</name>
    <message>
        <location filename="../../ui/operator/TranscriptPanel.cpp" line="+51"/>
        <source>↑↓ 选句，回车或 %1 加入诉求内容</source>
        <translation>↑↓ choose a sentence, Enter or %1 adds it to the description</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>未连接语音转写服务</source>
        <translation>No speech recogniser connected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>通话转写中</source>
        <translation>Transcribing the call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>通话 %1 的转写</source>
        <translation>Transcript of call %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接通来电后，这里逐句显示来电人的话</source>
        <translation>Once a call is answered, what the caller says appears here sentence by sentence</translation>
    </message>
</context>
<context>
    <name>hotline::TransferDirectory</name>
    <message>
        <location filename="../../models/telephony/TransferDirectory.cpp" line="+35"/>
        <source>转接目录中的“%1”应写作 名称=号码</source>
        <translation>&quot;%1&quot; in the transfer directory must be written name=number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转接目录中的名称“%1”应为 1–40 个字</source>
        <translation>The name &quot;%1&quot; in the transfer directory must be 1–40 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转接目录中“%1”的号码“%2”不是电话号码或分机号</source>
        <translation>The number &quot;%2&quot; of &quot;%1&quot; in the transfer directory is not a phone number or extension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转接目录中“%1”出现了两次</source>
        <translation>&quot;%1&quot; appears twice in the transfer directory</translation>
    </message>
</context>
<context>
    <name>hotline::TransferPicker</name>
    <message>
        <location filename="../../ui/operator/TransferPicker.cpp" line="+19"/>
        <source>转接</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>咨询转接</source>
        <translation>Consulted transfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单位、同事名称或号码</source>
        <translation>Unit, colleague or number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↑↓ 选择，回车转接（来电人转给对方，本席挂机），Esc 取消</source>
        <translation>↑↓ choose, Enter transfers (the caller goes over, this seat hangs up), Esc cancels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑↓ 选择，回车呼叫对方（来电人保持），通话后再按咨询转接键完成，Esc 取消</source>
        <translation>↑↓ choose, Enter calls them (the caller waits on hold); after talking press the consult key again to complete, Esc cancels</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>拨打 %1</source>
        <translation>Dial %1</translation>
    </message>
</context>
<context>
    <name>hotline::UnitCsv</name>
    <message>
        <location filename="../../models/units/UnitCsv.cpp" line="+34"/>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>应有 5 列，实际 %1 列</source>
        <translation>Expected 5 columns, found %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>单位编码“%1”只能由字母、数字和 _ . - 组成，最长 32 位</source>
        <translation>Unit code “%1” may hold only letters, digits and _ . -, at most 32</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单位名称不能为空，最多 60 个字</source>
        <translation>A unit name is required, at most 60 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类型“%1”无效，应为 municipal、district、street 或 enterprise</source>
        <translation>Kind “%1” is not valid: use municipal, district, street or enterprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所属区代码“%1”应为 6 位数字或留空</source>
        <translation>District code “%1” should have 6 digits or be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话“%1”格式不对</source>
        <translation>Phone “%1” is not a valid number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单位编码 %1 与第 %2 行重复</source>
        <translation>Unit code %1 repeats line %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文件中没有任何单位</source>
        <translation>The file holds no units</translation>
    </message>
</context>
<context>
    <name>hotline::WavTail</name>
    <message>
        <location filename="../../models/telephony/WavTail.cpp" line="+33"/>
        <source>不是 WAV 文件（开头不是 RIFF/WAVE）</source>
        <translation>not a WAV file (it does not begin with RIFF/WAVE)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WAV 文件的 fmt 块不在数据之前</source>
        <translation>the WAV file&apos;s fmt chunk does not come before the data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WAV 文件的 fmt 块太短</source>
        <translation>the WAV file&apos;s fmt chunk is too short</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>录音不是 16 位 PCM（格式 %1，%2 位）：无法转写</source>
        <translation>the recording is not 16-bit PCM (format %1, %2 bits): cannot be transcribed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>录音有 %1 个声道：只能转写单声道或双声道</source>
        <translation>the recording has %1 channels: only mono or stereo can be transcribed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>录音的采样率 %1 Hz 不对</source>
        <translation>the recording&apos;s sample rate %1 Hz is wrong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WAV 文件的头部超过 %1 字节仍没有音频数据</source>
        <translation>no audio after %1 bytes of WAV header</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>通话录音 %1 打不开：%2</source>
        <translation>The call recording %1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>通话录音 %1 无法转写：%2</source>
        <translation>The call recording %1 cannot be transcribed: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>通话录音 %1 没有出现：本次通话没有转写</source>
        <translation>The call recording %1 never appeared: no transcript for this call</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>通话录音 %1 没有音频：本次通话没有转写</source>
        <translation>The call recording %1 has no audio: no transcript for this call</translation>
    </message>
</context>
<context>
    <name>hotline::WaveformPeaks</name>
    <message>
        <location filename="../../models/recordings/WaveformPeaks.cpp" line="+37"/>
        <source>录音文件 %1 不存在</source>
        <translation>The recording file %1 does not exist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>录音文件 %1 已损坏，无法解码：%2</source>
        <translation>The recording file %1 is damaged and cannot be decoded: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>录音文件 %1 的格式不对（%2 个声道，%3 Hz）</source>
        <translation>The recording file %1 has the wrong format (%2 channels, %3 Hz)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>录音文件 %1 读到 %2 秒处出错：%3</source>
        <translation>The recording file %1 failed at %2 s: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>录音文件 %1 是空的或已损坏：解不出任何声音</source>
        <translation>The recording file %1 is empty or damaged: no sound could be decoded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>录音文件 %1 不完整：只解出 %2 秒，应有 %3 秒</source>
        <translation>The recording file %1 is incomplete: only %2 s decoded of %3 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>波形缓存 %1 无法写入：%2</source>
        <translation>The waveform cache %1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>波形缓存 %1 无法打开：%2</source>
        <translation>The waveform cache %1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>波形缓存 %1 无效，需要重新计算</source>
        <translation>The waveform cache %1 is invalid and must be recomputed</translation>
    </message>
</context>
<context>
    <name>hotline::WaveformView</name>
    <message>
        <location filename="../../ui/lead/WaveformView.cpp" line="+14"/>
        <source>波形：上为市民，下为接线员</source>
        <translation>Waveform: citizen above, operator below</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>市民</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接线员</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>hotline::WorkListWindow</name>
    <message>
        <location filename="../../ui/dispatch/WorkListWindow.cpp" line="+31"/>
        <source>派单审核</source>
        <translation>Dispatch Review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>承办工单 · %1</source>
        <translation>Assigned Orders · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回访</source>
        <translation>Callbacks</translation>
    </message>
</context>
<context>
    <name>hotline::WorkOrderForm</name>
    <message>
        <location filename="../../ui/operator/WorkOrderForm.cpp" line="+86"/>
        <source>手机 11 位或带区号的座机</source>
        <translation>11-digit mobile or landline with area code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>来电人诉求：时间、地点、事情经过、诉求</source>
        <translation>Caller&apos;s appeal: when, where, what happened, what they ask for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>区、街道（乡镇）或社区（村）名称，汉字或拼音首字母</source>
        <translation>District, street or community, in characters or pinyin initials</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>楼号、门牌、路口、标志物</source>
        <translation>Building, door number, intersection, landmark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事项名称，汉字或拼音首字母，如 gs 供水</source>
        <translation>Item name in characters or pinyin initials, e.g. gs 供水</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有与“%1”相符的事项：换个说法，或用事项名称的拼音首字母</source>
        <translation>No item matches “%1”: try other words, or the pinyin initials of the item name</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>涉及的单位、企业或部门（可不填）</source>
        <translation>Unit, company or department involved (optional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>按分类和地点自动生成，可改写</source>
        <translation>Generated from classification and location; can be edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需要回复</source>
        <translation>Reply needed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>与来电号码不同时填写</source>
        <translation>Fill in if different from the phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保密（不向承办单位透露来电人信息）</source>
        <translation>Keep the caller&apos;s details from the handling unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在通话中直接答复时填写；知识库中按 F9 采用答案</source>
        <translation>Fill in when you answer the caller on the call; press F9 in the knowledge base to use an answer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+249"/>
        <source>首次来电</source>
        <translation>First call</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>来电号码(&amp;P)</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人(&amp;N)</source>
        <translation>Caller &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别(&amp;G)</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求内容(&amp;E)</source>
        <translation>Appeal d&amp;etails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发生地点(&amp;A)</source>
        <translation>Loc&amp;ation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>详细地址(&amp;D)</source>
        <translation>&amp;Detailed address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项分类(&amp;C)</source>
        <translation>Item &amp;classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求类型(&amp;T)</source>
        <translation>Appeal &amp;type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及单位(&amp;U)</source>
        <translation>Involved &amp;unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度(&amp;J)</source>
        <translation>Urgency (&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题(&amp;I)</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>直接答复(&amp;F)</source>
        <translation>Reply given (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复(&amp;Y)</source>
        <translation>Repl&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访号码(&amp;B)</source>
        <translation>Call&amp;back number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保密(&amp;M)</source>
        <translation>Confidential (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电性质(&amp;R)</source>
        <translation>Call type (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/WorkOrderFormDraft.cpp" line="+66"/>
        <source>答复引自知识库（第 %1 版）；提交后工单记为“已直接答复”</source>
        <translation>Answer from the knowledge base (version %1); the order is filed as answered on the call</translation>
    </message>
    <message>
        <location filename="../../ui/operator/WorkOrderForm.cpp" line="+88"/>
        <source>已在地图上定位</source>
        <translation>located on the map</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>重复来电：%1 %2（%3）</source>
        <translation>Repeat call: %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>本次来电记为工单 %1 的重复来电（进度查询）。</source>
        <translation>This call is recorded as a repeat call for work order %1 (progress inquiry).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2（%3）</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该号码有 %1 张未办结工单：%2。按 Ctrl+R 记为重复来电。</source>
        <translation>This number has %1 unresolved work order(s): %2. Press Ctrl+R to mark the call as a repeat call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-75"/>
        <source>答复引自知识库《%1》第 %2 版；提交后工单记为“已直接答复”</source>
        <translation>Reply taken from knowledge base article “%1”, version %2; once submitted, the work order is recorded as “Answered directly”</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>分类建议（%1 采用第一条）：%2</source>
        <translation>Suggested items (%1 takes the first): %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>承办单位：%1 · %2</source>
        <translation>Responsible unit: %1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>承办单位建议：%1 · %2</source>
        <translation>Proposed unit: %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办单位建议：暂无，提交后由派单员派单</source>
        <translation>Proposed unit: none yet; a dispatcher dispatches it once submitted</translation>
    </message>
</context>
<context>
    <name>hotline::WorkOrderListModel</name>
    <message>
        <location filename="../../models/itemmodels/WorkOrderListModel.cpp" line="+41"/>
        <source>%1 米</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>工单编号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>距离</source>
        <translation>Distance</translation>
    </message>
</context>
<context>
    <name>hotline::WorkOrderRepository</name>
    <message>
        <location filename="../../models/workorder/WorkOrderRepository.cpp" line="-190"/>
        <source>工位号应为 1 到 999 之间的整数</source>
        <translation>The workstation number must be an integer from 1 to 999</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>分配工单编号失败</source>
        <translation>Failed to allocate a work order number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>工单未保存：%1</source>
        <translation>Work order not saved: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>工单未保存：所关联的工单号 %1 不对</source>
        <translation>Work order not saved: the linked work order number %1 is not valid</translation>
    </message>
    <message>
        <source>工单未保存：所关联的工单 %1 不存在</source>
        <translation type="vanished">Work order not saved: the linked work order %1 does not exist</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>无法读取工单事件</source>
        <translation>Cannot read work order events</translation>
    </message>
</context>
<context>
    <name>hotline::WorkOrderValidator</name>
    <message>
        <location filename="../../models/workorder/WorkOrderValidator.cpp" line="+23"/>
        <source>姓名最多 %1 个字</source>
        <translation>Name can be at most %1 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写来电号码</source>
        <translation>Please enter the phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号码格式不对：手机 11 位，座机带区号如 010-66012345</source>
        <translation>Invalid number: mobile numbers have 11 digits, landlines need an area code, e.g. 010-66012345</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访号码格式不对</source>
        <translation>Invalid callback number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择事项分类</source>
        <translation>Please choose an item classification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择发生地点（至少到区）</source>
        <translation>Please choose the location (at least the district)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>详细地址最多 %1 个字</source>
        <translation>Detailed address can be at most %1 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写标题</source>
        <translation>Please enter a title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题最多 %1 个字</source>
        <translation>Title can be at most %1 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>诉求内容至少 %1 个字</source>
        <translation>Appeal details must be at least %1 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>诉求内容最多 %1 个字</source>
        <translation>Appeal details can be at most %1 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答复内容最多 %1 个字</source>
        <translation>The reply can be at most %1 characters</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/desk/main.cpp" line="+43"/>
        <source>无法打开培训库</source>
        <translation>Cannot open the training database</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>无法打开本地数据库</source>
        <translation>Cannot open the local database</translation>
    </message>
</context>
</TS>
