// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desk as app/desk composes it (store, repositories, indexes, knowledge base, sync, main
// window), for the UI tests that need the whole of it together with a centre.
#include "../StoreFixture.h"
#include "operator/DeskWindow.h"
#include "telephony/AgentSession.h"
#include "kb/KnowledgeBase.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QTest>

namespace hotline::test {

struct ComposedDesk {
    StoreFixture fx;
    WorkOrderRepository orders{*fx.store};
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    AgentSession agent;
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    SyncEngine sync{*fx.store, kb.articles()};
    DeskWindow window{*fx.store, orders, indexes, kb, agent};

    // Shows the window with the sync attached and waits until it has the keyboard.
    bool show()
    {
        window.setSync(&sync);
        window.show();
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowActive(&window);
    }
};

} // namespace hotline::test
