// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl's commands for call recordings: upload what the centre lacks (the desk's own
// uploader, in a process of its own), list them, set how long uploaded files stay here.
#include "CtlCommands.h"

#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "recordings/RecordingImport.h"
#include "recordings/RecordingRepository.h"
#include "recordings/RecordingUploader.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QTimer>

namespace hotline {

namespace {
// A whole number ≥ `low` after `option`, taken out of the words; `fallback` when absent,
// nothing when malformed.
std::optional<qint64> takeNumber(QStringList &words, const QString &option, qint64 fallback, qint64 low)
{
    const qsizetype at = words.indexOf(option);
    if (at < 0)
        return fallback;
    bool ok = false;
    const qint64 value = words.value(at + 1).toLongLong(&ok);
    words.remove(at, std::min<qsizetype>(2, words.size() - at));
    return ok && value >= low ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

int CtlCommands::recordings(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    QStringList words = arguments.mid(1);
    RecordingRepository repository(m_store);
    if (sub == QLatin1String("list") && words.isEmpty()) {
        m_out << "id\tcall\tstarted_at\tduration_s\tbytes\tstatus\tuploaded_bytes\tfile\torders\tlast_error" << Qt::endl;
        QVector<Recording> all = repository.pendingUpload();
        for (const Recording &r : all)
            m_out << r.idText() << '\t' << r.callId << '\t' << r.startedAt.toString(Qt::ISODate) << '\t' << r.durationMs / 1000 << '\t'
                  << r.bytes << '\t' << toCode(r.status) << '\t' << r.uploadedBytes << '\t' << (r.fileDeleted ? QString() : r.path) << '\t'
                  << r.orders.join(u',') << '\t' << r.lastError << Qt::endl;
        m_out << all.size() << " recordings wait for the centre" << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("retention") && words.size() == 1) {
        bool ok = false;
        const int days = words.first().toInt(&ok);
        if (Status s = ok ? repository.setRetentionDays(days) : Status(Error{QStringLiteral("retention takes a number of days")}); !s) {
            m_err << s.error() << Qt::endl;
            return 1;
        }
        m_out << "uploaded recordings are deleted from this desk after " << repository.retentionDays() << " days" << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("import")) {
        // recordings import FILE.wav [OPERATOR.wav] [--meta KEY=VALUE…]: stored, then uploaded.
        const qsizetype metaAt = words.indexOf(QStringLiteral("--meta"));
        const QStringList files = words.mid(0, metaAt < 0 ? words.size() : metaAt);
        QMap<QString, QString> meta;
        for (const QString &pair : metaAt < 0 ? QStringList() : words.mid(metaAt + 1)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0)
                return usage(QStringLiteral("--meta takes KEY=VALUE pairs: ") + RecordingImport::metaKeys().join(u' '));
            meta.insert(pair.left(equals), pair.mid(equals + 1));
        }
        if (files.isEmpty() || files.size() > 2)
            return usage(QStringLiteral("recordings import STEREO.wav | CITIZEN.wav OPERATOR.wav [--meta KEY=VALUE…]"));
        const Result<Recording> imported = RecordingImport::import(repository, files, meta);
        if (!imported) {
            m_err << imported.error() << Qt::endl;
            return 1;
        }
        m_out << "imported " << imported.value().idText() << " (" << imported.value().durationMs / 1000.0 << " s, call "
              << imported.value().callId << ")" << Qt::endl;
        return upload({});
    }
    if (sub != QLatin1String("upload"))
        return usage(QStringLiteral("recordings needs: upload [--chunk-bytes N] [--chunk-pause-ms MS] | import FILE.wav… | list | retention DAYS"));
    return upload(words);
}

int CtlCommands::upload(QStringList words)
{
    RecordingRepository repository(m_store);
    RecordingUploader::Options options;
    const std::optional<qint64> chunk = takeNumber(words, QStringLiteral("--chunk-bytes"), RecordingUploader::maxChunkBytes, 1);
    const std::optional<qint64> pause = takeNumber(words, QStringLiteral("--chunk-pause-ms"), 0, 0);
    if (!chunk || !pause || *chunk > RecordingUploader::maxChunkBytes || !words.isEmpty())
        return usage(QStringLiteral("recordings upload takes --chunk-bytes 1..1048576 and --chunk-pause-ms MS"));
    options.chunkBytes = *chunk;
    options.pauseBetweenChunksMs = int(*pause);

    KnowledgeBase kb(m_store, PinyinTable::builtIn());
    SyncEngine engine(m_store, kb.articles());
    if (const QString refusal = engine.centreRefusal(); !refusal.isEmpty()) {
        m_err << refusal << ": hotline-ctl --store PATH sign-in URL LOGIN" << Qt::endl;
        return 1;
    }
    RecordingUploader uploader(m_store, engine, options);
    QEventLoop loop;
    QString problem;
    int sent = 0;
    QObject::connect(&uploader, &RecordingUploader::uploaded, &loop, [&](const QUuid &id) {
        ++sent;
        m_out << "uploaded " << id.toString(QUuid::WithoutBraces) << Qt::endl;
    });
    QObject::connect(&uploader, &RecordingUploader::progress, &loop, [&](const QUuid &id, qint64 bytes, qint64 total) {
        m_out << "  " << id.toString(QUuid::WithoutBraces) << ' ' << bytes << '/' << total << Qt::endl;
    });
    // The desk retries for ever; a command says what went wrong and stops.
    QObject::connect(&uploader, &RecordingUploader::failed, &loop, [&](const QUuid &, const QString &reason, int) {
        problem = reason;
        loop.quit();
    });
    QObject::connect(&uploader, &RecordingUploader::idle, &loop, &QEventLoop::quit);
    uploader.uploadSoon();
    loop.exec();
    const qsizetype waiting = repository.pendingUpload().size();
    if (!problem.isEmpty()) {
        m_err << problem << Qt::endl << waiting << " recordings wait for the centre" << Qt::endl;
        return 1;
    }
    m_out << sent << " recordings uploaded, " << waiting << " waiting" << Qt::endl;
    return 0;
}

} // namespace hotline
