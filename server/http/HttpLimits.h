// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace hotline {

// What one client may cost the centre, whatever it sends. Each limit is a configuration key
// of hotline-central (the name beside it) with the default here; the README lists them.
struct HttpLimits {
    qsizetype maxRequestLine = 8 * 1024;      // max-request-line: 414 beyond
    qsizetype maxHeaderBytes = 32 * 1024;     // max-header: request line and headers, 431 beyond
    int maxHeaderCount = 100;                 // 431 beyond
    qsizetype maxBodyBytes = 4 * 1024 * 1024; // max-body: 413 before the body is read
    int headerTimeoutMs = 10'000;             // header-timeout: a request's head, from its first byte (or the connection)
    int bodyTimeoutMs = 60'000;               // body-timeout: the whole body once the head is in
    int idleTimeoutMs = 75'000;               // idle-timeout: a kept-alive connection with nothing asked
    int maxConnections = 10'000;              // max-connections: HTTP and WebSocket together
    int maxConnectionsPerAddress = 256;       // max-connections-per-address (trusted proxies are exempt)
    qsizetype maxWebSocketMessage = 64 * 1024; // max-ws-message: frames and messages from a desk
    qsizetype maxUnsentBytes = 16 * 1024 * 1024; // a client that does not read its answers is cut off
};

} // namespace hotline
