// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/TransferDirectory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace hotline {

// Picks where a call goes: type part of a name (or its number) to narrow the directory, Up
// and Down to move, Enter to take it; a number typed that is in no entry is taken as keyed.
// Escape closes without transferring.
class TransferPicker : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Blind, Consulted };
    TransferPicker(const QVector<TransferTarget> &directory, Kind kind, QWidget *parent = nullptr);

    QLineEdit *filterField() const { return m_filter; }

Q_SIGNALS:
    void chosen(const QString &number, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter(const QString &text);
    void take();

    QVector<TransferTarget> m_directory;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_hint;
};

} // namespace hotline
