// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace hotline {

namespace {
Status fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error{RecordingFiles::tr("无法打开 %1：%2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0)
        return Error{RecordingFiles::tr("无法把 %1 写到磁盘：%2").arg(path, QString::fromLocal8Bit(std::strerror(error)))};
    return Status::success();
}
} // namespace

Result<QString> RecordingFiles::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("无法读取 %1：%2").arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{tr("无法读取 %1：%2").arg(path, file.errorString())};
    return QString::fromLatin1(hash.result().toHex());
}

Status RecordingFiles::flush(const QString &path)
{
    return fsyncPath(path, O_RDONLY);
}

Status RecordingFiles::moveIntoPlace(const QString &from, const QString &to)
{
    if (Status s = flush(from); !s)
        return s;
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error{tr("无法把 %1 改名为 %2：%3").arg(from, to, QString::fromLocal8Bit(std::strerror(errno)))};
    return fsyncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);
}

bool RecordingFiles::isRecordingId(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace hotline
