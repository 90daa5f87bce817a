// SPDX-License-Identifier: GPL-3.0-or-later
// The seat on a real softphone, timed: SIPp calls the desk's own baresip (in the network
// namespace of tests/sip/with-veth.sh) and the whole desk answers offscreen as app/desk
// composes it. For each call:
//   caller → ring      call-desk.sh started → the phone's ringing (it makes the caller's voice
//                      with espeak-ng and sox, then SIPp starts and sends the INVITE)
//   ring → pop (desk)  the ringing → the caller's history on the pop from this desk's orders
//   ring → pop (centre) … and from every desk's, as the centre answers
//   key → answered     Ctrl+N → baresip's CALL_ESTABLISHED back at the desk
//   hang-up → uploaded F4 → the stereo recording at the centre (sndfile closing its files,
//                      the Opus mix, the SHA-256, the upload and the centre's check)
// Prints min / median / max over the calls. `telephony_bench --calls N` (ctest runs 2).
#include "../sip/SipDesk.h"
#include "../ui/KeyboardDriver.h"
#include "operator/CallBar.h"

#include <QElapsedTimer>

#include <algorithm>

#include <cstdio>

using namespace hotline;
using namespace hotline::test;

namespace {

struct Figures {
    std::vector<double> invite, pop, centrePop, answer, upload;
};

void print(const char *what, std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.empty()) {
        std::printf("%-20s no figures\n", what);
        return;
    }
    std::printf("%-20s %9.1f %9.1f %9.1f ms\n", what, values.front(), values[values.size() / 2], values.back());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int calls = 5;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--calls")
            calls = std::max(1, QByteArray(argv[i + 1]).toInt());
    SipDesk desk;
    const QString problem = desk.start();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "telephony_bench: %s\n", qPrintable(problem));
        return 1;
    }
    Phone *phone = desk.seat->phone();
    CallBar *bar = desk.window->callBar();
    QElapsedTimer clock;
    clock.start();
    qint64 ringAt = 0, popAt = 0, centrePopAt = 0, answeredAt = 0, uploadedAt = 0;
    // The ring is timed before the desk hears of it: the bench's slot first, then the desk's.
    desk.window->setPhone(nullptr);
    QObject::connect(phone, &Phone::ringing, [&] { ringAt = clock.nsecsElapsed(); });
    desk.window->setPhone(phone);
    // The pop is filled twice: at once from this desk's orders, then from the centre's answer.
    QObject::connect(bar, &CallBar::callerShown, [&] { (popAt == 0 ? popAt : centrePopAt) = clock.nsecsElapsed(); });
    QObject::connect(desk.window->calls(), &CallControl::answered, [&] { answeredAt = clock.nsecsElapsed(); });
    QObject::connect(&desk.seat->recordings().uploader(), &RecordingUploader::uploaded, [&] { uploadedAt = clock.nsecsElapsed(); });
    const auto ms = [](qint64 from, qint64 to) { return double(to - from) / 1e6; };

    Figures figures;
    for (int i = 0; i < calls; ++i) {
        ringAt = popAt = centrePopAt = answeredAt = uploadedAt = 0;
        QProcess sipp;
        const qint64 invited = clock.nsecsElapsed();
        desk.call(sipp, QStringLiteral("1390101%1").arg(2345 + i % 2, 4, 10, QLatin1Char('0')), 20, i);
        if (!QTest::qWaitFor([&] { return centrePopAt != 0; }, 20000)) {
            std::fprintf(stderr, "call %d: no screen pop\n%s\n", i, sipp.readAll().constData());
            return 1;
        }
        figures.invite.push_back(ms(invited, ringAt));
        figures.pop.push_back(ms(ringAt, popAt));
        figures.centrePop.push_back(ms(ringAt, centrePopAt));
        const qint64 pressed = clock.nsecsElapsed();
        KeyboardDriver::key(Qt::Key_N, Qt::ControlModifier);
        if (!QTest::qWaitFor([&] { return answeredAt != 0; }, 10000)) {
            std::fprintf(stderr, "call %d: not answered\n", i);
            return 1;
        }
        figures.answer.push_back(ms(pressed, answeredAt));
        QTest::qWait(3000); // the caller speaks
        KeyboardDriver::key(Qt::Key_E, Qt::AltModifier);
        KeyboardDriver::commit(QStringLiteral("路灯坏了"));
        const qint64 hungUp = clock.nsecsElapsed();
        KeyboardDriver::key(Qt::Key_F4);
        if (!QTest::qWaitFor([&] { return uploadedAt != 0; }, 60000)) {
            std::fprintf(stderr, "call %d: recording not uploaded\n", i);
            return 1;
        }
        figures.upload.push_back(ms(hungUp, uploadedAt));
        sipp.waitForFinished(30000);
        KeyboardDriver::key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // clear, and ready again
        KeyboardDriver::key(Qt::Key_F8);
    }
    std::printf("telephony_bench: %d calls, SIPp → the desk's baresip → the desk offscreen → a centre on SQLite\n", calls);
    std::printf("%-20s %9s %9s %9s\n", "", "min", "median", "max");
    print("caller → ring", figures.invite);
    print("ring → pop (desk)", figures.pop);
    print("ring → pop (centre)", figures.centrePop);
    print("key → answered", figures.answer);
    print("hang-up → uploaded", figures.upload);
    desk.window->close();
    return 0;
}
