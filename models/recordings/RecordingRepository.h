// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "recordings/Recording.h"
#include "recordings/StereoMixer.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace hotline {

class LocalStore;
struct PhoneCall;

// The desk's recordings: each call's stereo file in the recordings folder beside the store,
// its row, and the work orders it belongs to. What is recorded is kept until the centre has
// it (RecordingUploader), then for the retention period (the store's meta
// `recordings.retention_days`, 7 by default), then the file is deleted; a file not yet
// uploaded is never deleted.
class RecordingRepository {
    Q_DECLARE_TR_FUNCTIONS(hotline::RecordingRepository)
public:
    static constexpr int defaultRetentionDays = 7;
    static constexpr int maxRetentionDays = 3650;

    // `directory` empty: "recordings" beside the store's file.
    explicit RecordingRepository(LocalStore &store, QString directory = {});

    QString directory() const { return m_directory; }
    // Where the recording of a new call goes (the mixer writes it there).
    QString pathFor(const QUuid &id) const;

    // Mixes the call's two mono files into one stereo file, hashes it and stores its row with
    // links to `orders` in one transaction. The two mono files are deleted once it is stored
    // (the stereo file holds all of them). A call recorded before is answered with its row.
    Result<Recording> record(const PhoneCall &call, const QStringList &orders = {});
    // The same in two steps, for mixing off the event loop: `mixed` was written at pathFor(id)
    // by StereoMixer; this hashes nothing, `sha256` is the file's.
    Result<Recording> store(const QUuid &id, const PhoneCall &call, const MixedRecording &mixed, const QString &sha256,
                            const QStringList &orders = {});

    // Links a recording to a work order (an order filed after hang-up, a second order of the
    // same call): sent to the centre by the uploader, also after the upload.
    Status link(const QUuid &recording, const QString &orderNumber);
    // The same by call id: the desk knows the call an order was filed on.
    Status linkCall(const QString &callId, const QString &orderNumber);

    std::optional<Recording> find(const QUuid &id) const;
    std::optional<Recording> findByCall(const QString &callId) const;
    // Recordings the centre does not have yet, oldest call first.
    QVector<Recording> pendingUpload() const;
    // Uploaded recordings with links the centre has not heard of: id → order numbers.
    QVector<std::pair<QUuid, QStringList>> unsentLinks() const;

    // The uploader's bookkeeping.
    Status setProgress(const QUuid &id, qint64 uploadedBytes);
    Status markUploaded(const QUuid &id, const QStringList &linksSent);
    Status markLinksSent(const QUuid &id, const QStringList &orders);
    Status noteFailure(const QUuid &id, const QString &reason);

    // Deletes the files of recordings uploaded and ended more than the retention period before
    // `now`; the number deleted. Never one the centre does not have.
    Result<int> sweep(const QDateTime &now = QDateTime::currentDateTimeUtc());
    int retentionDays() const;
    Status setRetentionDays(int days);

private:
    QVector<Recording> select(const QString &where, const QVariantList &binds) const;

    LocalStore &m_store;
    QString m_directory;
};

} // namespace hotline
