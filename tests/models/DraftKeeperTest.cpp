// SPDX-License-Identifier: GPL-3.0-or-later
// The order being typed is kept in the store a moment after each change, read back whole by
// the next start, and forgotten once filed or cleared.
#include "desk/DraftKeeper.h"
#include "store/LocalStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;

namespace {
KeptDraft typed(const QString &description)
{
    KeptDraft kept;
    kept.draft.phone = QStringLiteral("13901012345");
    kept.draft.description = description;
    kept.draft.classification = {QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")};
    kept.draft.address.districtCode = QStringLiteral("110102");
    kept.draft.address.districtName = QStringLiteral("西城区");
    kept.draft.address.location = GeoPoint{116.36, 39.88};
    kept.draft.repeatOf = QStringLiteral("261207-01-0001");
    kept.chosenUnit = QStringLiteral("CGW-110102");
    kept.callId = QStringLiteral("bs-3");
    kept.callerNumber = QStringLiteral("13901012345");
    return kept;
}
} // namespace

TEST(DraftKeeper, KeptAfterAPauseReadBackWholeAndForgottenWhenFiled)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(store.ok());
    DraftKeeper keeper(*store.value(), 50);
    QSignalSpy kept(&keeper, &DraftKeeper::kept);
    keeper.changed(typed(QStringLiteral("路灯")));
    keeper.changed(typed(QStringLiteral("路灯不亮")));
    EXPECT_FALSE(keeper.left().has_value()) << "not before the pause";
    ASSERT_TRUE(kept.wait(2000));
    EXPECT_EQ(kept.size(), 1) << "two keystrokes, one write";

    // What the next start of the desk finds: a keeper of its own on the same store.
    const std::optional<KeptDraft> left = DraftKeeper(*store.value()).left();
    ASSERT_TRUE(left.has_value());
    EXPECT_EQ(left->draft, typed(QStringLiteral("路灯不亮")).draft);
    EXPECT_EQ(left->chosenUnit, QStringLiteral("CGW-110102"));
    EXPECT_EQ(left->callId, QStringLiteral("bs-3"));
    EXPECT_TRUE(left->savedAt.isValid());

    // Quitting writes what is pending at once.
    keeper.changed(typed(QStringLiteral("路灯不亮一周")));
    keeper.flush();
    EXPECT_EQ(DraftKeeper(*store.value()).left()->draft.description, QStringLiteral("路灯不亮一周"));

    keeper.discard();
    EXPECT_FALSE(DraftKeeper(*store.value()).left().has_value()) << "filed or cleared: nothing to restore";
    EXPECT_TRUE(keeper.lastError().isEmpty()) << qPrintable(keeper.lastError());

    // An empty form is nothing to restore either.
    keeper.changed(KeptDraft{});
    keeper.flush();
    EXPECT_FALSE(DraftKeeper(*store.value()).left().has_value());
}
