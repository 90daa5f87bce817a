// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/ShortcutCatalog.h"

#include <QCoreApplication>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::ShortcutCatalog", text);
}
} // namespace

QList<ShortcutEntry> ShortcutCatalog::actions()
{
    return {
        {QStringLiteral("newOrder"), QKeySequence(Qt::CTRL | Qt::Key_N), tr("接听来电（无来电时手工受理），新建工单")},
        {QStringLiteral("submit"), QKeySequence(Qt::CTRL | Qt::Key_Return), tr("提交工单")},
        {QStringLiteral("clear"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), tr("清空表单")},
        {QStringLiteral("hangUp"), QKeySequence(Qt::Key_F4), tr("挂机（振铃时拒接，咨询中挂断咨询）")},
        {QStringLiteral("holdCall"), QKeySequence(Qt::Key_F3), tr("保持 / 恢复通话")},
        {QStringLiteral("muteCall"), QKeySequence(Qt::Key_F7), tr("静音 / 取消静音")},
        {QStringLiteral("transferCall"), QKeySequence(Qt::CTRL | Qt::Key_T), tr("转接：选单位或同事的号码")},
        {QStringLiteral("consultTransfer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), tr("咨询转接：先通话，再按一次完成转接")},
        {QStringLiteral("toggleReady"), QKeySequence(Qt::Key_F8), tr("示闲 / 示忙（通话中按：结束后示忙）")},
        {QStringLiteral("notReadyReason"), QKeySequence(Qt::SHIFT | Qt::Key_F8), tr("示忙并选择原因")},
        {QStringLiteral("signOff"), QKeySequence(Qt::CTRL | Qt::Key_F8), tr("离线（下班，不再接听）")},
        {QStringLiteral("markRepeat"), QKeySequence(Qt::CTRL | Qt::Key_R), tr("记为重复来电（再按换下一张未办结工单）")},
        {QStringLiteral("progressInquiry"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("催问进度：读出工单进展并记一次催问")},
        {QStringLiteral("kbSearch"), QKeySequence(Qt::CTRL | Qt::Key_K), tr("搜索知识库（任何位置）")},
        {QStringLiteral("useAnswer"), QKeySequence(Qt::Key_F9), tr("采用所选知识的答案，记为直接答复")},
        {QStringLiteral("takeSuggestion"), QKeySequence(Qt::Key_F2), tr("采用第一条分类建议（再按换下一条）")},
        {QStringLiteral("transcriptCopy"), QKeySequence(Qt::Key_F12), tr("把所选转写句子（未选则最新一句）加入诉求内容")},
        {QStringLiteral("tabKnowledge"), QKeySequence(Qt::CTRL | Qt::Key_1), tr("右侧：知识库")},
        {QStringLiteral("tabHistory"), QKeySequence(Qt::CTRL | Qt::Key_2), tr("右侧：来电历史")},
        {QStringLiteral("tabMap"), QKeySequence(Qt::CTRL | Qt::Key_3), tr("右侧：地图")},
        {QStringLiteral("tabTranscript"), QKeySequence(Qt::CTRL | Qt::Key_4), tr("右侧：通话转写")},
        {QStringLiteral("resetLayout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("恢复默认面板布局（拆到副屏的面板收回）")},
        {QStringLiteral("focusHistory"), QKeySequence(Qt::CTRL | Qt::Key_H), tr("光标移到来电历史列表")},
        {QStringLiteral("mapSearch"), QKeySequence(Qt::CTRL | Qt::Key_G), tr("地图定位：搜索地名（任何位置）")},
        {QStringLiteral("mapFocus"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), tr("光标移到地图：方向键平移，+ − 缩放，回车取点")},
        {QStringLiteral("kbEditor"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("打开知识库编辑")},
        {QStringLiteral("workList"), QKeySequence(Qt::Key_F6), tr("工单流转：派单审核 / 承办工单 / 回访（按登录角色）")},
        {QStringLiteral("leadDesk"), QKeySequence(Qt::Key_F10), tr("质检与现场：班长看录音质检、现场、月报；接线员看自己的质检评价")},
        {QStringLiteral("signIn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), tr("登录中心（同步工单与知识库）")},
        {QStringLiteral("shortcuts"), QKeySequence(Qt::Key_F1), tr("显示 / 关闭快捷键一览")},
        {QStringLiteral("quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("退出")},
    };
}

QKeySequence ShortcutCatalog::keys(const QString &id)
{
    for (const ShortcutEntry &entry : actions())
        if (entry.id == id)
            return entry.keys;
    return {};
}

QList<ShortcutEntry> ShortcutCatalog::fields()
{
    const auto alt = [](Qt::Key key) { return QKeySequence(Qt::ALT | key); };
    return {
        {QStringLiteral("phone"), alt(Qt::Key_P), tr("来电号码")},
        {QStringLiteral("callerName"), alt(Qt::Key_N), tr("来电人")},
        {QStringLiteral("gender"), alt(Qt::Key_G), tr("性别（数字键选择）")},
        {QStringLiteral("description"), alt(Qt::Key_E), tr("诉求内容")},
        {QStringLiteral("address"), alt(Qt::Key_A), tr("发生地点（汉字或拼音首字母，回车选定）")},
        {QStringLiteral("addressDetail"), alt(Qt::Key_D), tr("详细地址")},
        {QStringLiteral("classification"), alt(Qt::Key_C), tr("事项分类（汉字或拼音首字母，回车选定）")},
        {QStringLiteral("appealType"), alt(Qt::Key_T), tr("诉求类型（数字键选择）")},
        {QStringLiteral("involvedUnit"), alt(Qt::Key_U), tr("涉及单位")},
        {QStringLiteral("urgency"), alt(Qt::Key_J), tr("紧急程度（数字键选择）")},
        {QStringLiteral("title"), alt(Qt::Key_I), tr("标题")},
        {QStringLiteral("reply"), alt(Qt::Key_F), tr("直接答复")},
        {QStringLiteral("wantsReply"), alt(Qt::Key_Y), tr("需要回复（空格切换）")},
        {QStringLiteral("callbackNumber"), alt(Qt::Key_B), tr("回访号码")},
        {QStringLiteral("confidential"), alt(Qt::Key_M), tr("保密（空格切换）")},
        {QStringLiteral("repeatCall"), alt(Qt::Key_R), tr("来电性质：首次 / 重复")},
    };
}

} // namespace hotline
