// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hotline {

class SyncEngine;

// Sign-in to the central service: centre address, login, password. The dialog only collects
// and shows; the window hands the values to the sync engine and reports back with
// showProblem() or accept().
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(const QString &url, const QString &login, QWidget *parent = nullptr);

    // The whole sign-in of a window: the dialog over `parent` on the engine's centre address
    // and `login`, the engine asked, its refusal shown in the dialog, `signedIn` called once the
    // centre took it. Deletes itself when closed.
    static SignInDialog *openFor(SyncEngine &sync, const QString &login, QWidget *parent, std::function<void()> signedIn);

    QString url() const;
    QString login() const;
    QString password() const;
    // The centre said no (or could not be reached): shown, and the password is asked again.
    void showProblem(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested();

private:
    void request();

    QLineEdit *m_url;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_problem;
    QPushButton *m_signIn;
};

} // namespace hotline
