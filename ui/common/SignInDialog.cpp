// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SignInDialog.h"

#include "sync/SyncEngine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hotline {

SignInDialog::SignInDialog(const QString &url, const QString &login, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("登录中心"));
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(url, this);
    m_url->setObjectName(QStringLiteral("centralUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://central:8345"));
    // Wide enough for a whole address (http://central.12345.example.gov.cn:8345).
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(QStringLiteral("http://central.12345.example.gov.cn:8345")) + 16);
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("中心地址(&U)"), m_url);
    form->addRow(tr("登录名(&L)"), m_login);
    form->addRow(tr("密码(&W)"), m_password);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #B3261E;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("登录"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::request);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (url.isEmpty() ? m_url : (login.isEmpty() ? m_login : m_password))->setFocus();
}

QString SignInDialog::url() const
{
    return m_url->text().trimmed();
}

QString SignInDialog::login() const
{
    return m_login->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::request()
{
    const QUrl parsed(url());
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed.host().isEmpty()) {
        showProblem(tr("中心地址应为 http://主机:端口"));
        m_url->setFocus();
        return;
    }
    if (login().isEmpty() || password().isEmpty()) {
        showProblem(tr("请填写登录名和密码"));
        (login().isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    Q_EMIT signInRequested();
}

void SignInDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    // The dialog is already open at its size: it grows by the message's wrapped lines, or the
    // fields above it would be squeezed to make room.
    layout()->activate();
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
    m_password->clear();
    m_password->setFocus();
    setBusy(false);
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("正在登录…") : tr("登录"));
}

SignInDialog *SignInDialog::openFor(SyncEngine &sync, const QString &login, QWidget *parent, std::function<void()> signedIn)
{
    auto *dialog = new SignInDialog(sync.centreUrl().toString(), login, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signInRequested, dialog, [&sync, dialog, signedIn = std::move(signedIn)] {
        dialog->setBusy(true);
        QPointer<SignInDialog> guard(dialog);
        sync.signIn(QUrl(dialog->url()), dialog->login(), dialog->password(), [guard, signedIn](const QString &problem) {
            if (!guard)
                return;
            if (!problem.isEmpty()) {
                guard->showProblem(problem);
                return;
            }
            guard->accept();
            signedIn();
        });
    });
    dialog->open();
    return dialog;
}

} // namespace hotline
