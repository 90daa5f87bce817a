// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeatServices.h"

#include "telephony/BaresipPhone.h"
#include "telephony/FunAsrSettings.h"
#include "telephony/LiveTranscription.h"
#include "telephony/PhoneSiteConfig.h"

#include <QDir>

namespace hotline {

SeatServices::SeatServices(LocalStore &store, SyncEngine &sync, Options options, QObject *parent)
    : QObject(parent), m_recordings(std::make_unique<RecordingPipeline>(store, sync, options.upload))
{
    connect(m_recordings.get(), &RecordingPipeline::trouble, this, &SeatServices::trouble);
    QString recordingsFolder;
    const Result<PhoneSiteConfig> phone = PhoneSiteConfig::load(options.siteConfig, options.storeFolder);
    if (!phone) {
        m_problems.append(phone.error());
    } else if (phone.value().kind == PhoneSiteConfig::Kind::Baresip) {
        auto baresip = std::make_unique<BaresipPhone>();
        recordingsFolder = phone.value().baresip.recordingsFolder;
        QDir().mkpath(recordingsFolder);
        const QString program = options.baresipProgram.isEmpty() ? phone.value().program : options.baresipProgram;
        if (Status started = baresip->start(phone.value().baresip, QDir(options.storeFolder).filePath(QStringLiteral("baresip")), program);
            !started)
            m_problems.append(tr("话机没有启动：%1").arg(started.error()));
        m_phone = std::move(baresip);
    } else if (phone.value().kind == PhoneSiteConfig::Kind::Attach) {
        auto baresip = std::make_unique<BaresipPhone>();
        recordingsFolder = phone.value().endpoint.recordingsFolder;
        baresip->attach(phone.value().endpoint);
        m_phone = std::move(baresip);
    }
    const Result<FunAsrSettings> asr = FunAsrSettings::load(options.siteConfig);
    if (!asr)
        m_problems.append(asr.error());
    else if (asr.value().isConfigured() && !recordingsFolder.isEmpty())
        m_transcription = std::make_unique<LiveTranscription>(asr.value(), recordingsFolder);
}

SeatServices::~SeatServices() = default;

TranscriptSource *SeatServices::transcript() const
{
    return m_transcription ? &m_transcription->source() : nullptr;
}

void SeatServices::callAnswered(const PhoneCall &call)
{
    if (m_transcription)
        m_transcription->callAnswered(call);
}

void SeatServices::callEnded(const PhoneCall &call)
{
    if (m_transcription)
        m_transcription->callEnded(call);
    m_recordings->callEnded(call);
}

void SeatServices::orderFiled(const QString &orderNumber, const QString &callId)
{
    m_recordings->orderFiled(orderNumber, callId);
}

} // namespace hotline
