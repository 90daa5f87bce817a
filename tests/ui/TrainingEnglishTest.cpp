// SPDX-License-Identifier: GPL-3.0-or-later
// The trainee's screens in English at their size: the training window (mode line, list
// headers, key legend) and a score card with every kind of line fit, and none of their fixed
// texts is left in Chinese (scenario titles and what was typed are data, and stay as written).
#include "../ProposalFixture.h"
#include "../StoreFixture.h"
#include "TextFitCheck.h"
#include "text/TextNormalizer.h"
#include "training/CallScoring.h"
#include "training/ScoreCard.h"
#include "training/TrainingStore.h"
#include "training/TrainingWindow.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <iostream>

using namespace hotline;
using namespace hotline::test;

TEST(TrainingEnglishTest, TheTrainingWindowAndAScoreCardFitAndSpeakEnglish)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(HOTLINE_EN_QM))) << HOTLINE_EN_QM;
    QApplication::installTranslator(&translator);
    {
        StoreFixture fx;
        importProposalData(*fx.store);
        auto made = TrainingStore::openOrCreate(TrainingStore::pathBeside(*fx.store), *fx.store);
        ASSERT_TRUE(made) << qPrintable(made.error());
        TrainingStore &training = *made.value();
        ASSERT_TRUE(training.loadFolder(QStringLiteral(HOTLINE_SEED_DATA "/../training")).problems.isEmpty());

        TrainingWindow window(training, StoreFixture::pinyin());
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        TextFitCheck fit;
        fit.check(window, QStringLiteral("en/training"));
        QStringList chinese;
        for (const QLabel *label : window.findChildren<QLabel *>())
            if (label->isVisibleTo(&window) && TextNormalizer::containsHan(label->text()))
                chinese.append(label->text());
        for (int column = 0; column < window.list()->columnCount(); ++column)
            if (TextNormalizer::containsHan(window.list()->headerItem()->text(column)))
                chinese.append(window.list()->headerItem()->text(column));

        // A card with full, partial and missing lines, as a trainee gets after a call filed
        // with the wrong street and without the unit.
        const std::optional<Scenario> scenario = training.scenario(QStringLiteral("heating-fee-chaoyang-01"));
        ASSERT_TRUE(scenario);
        CallObservation call;
        call.scenarioId = scenario->id;
        call.answeredAt = QDateTime::fromString(QStringLiteral("2026-12-07T09:00:00Z"), Qt::ISODate);
        call.hungUpAt = call.answeredAt.addSecs(40);
        call.submittedAt = call.hungUpAt.addSecs(9);
        call.filed.appealType = scenario->expected.appealType;
        call.filed.classification = scenario->expected.item;
        call.filed.address = scenario->expected.place;
        call.filed.address.streetCode = QStringLiteral("110105999");
        call.filed.description = QStringLiteral("刘女士咨询供暖费，二手房。");
        call.charactersDuringCall = 40;
        call.articlesOpened = {scenario->expected.articleKey};
        ScoreCard *card = window.scoreCard();
        ASSERT_TRUE(card);
        card->showScore(*scenario, scoreCall(*scenario, call), true);
        card->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(card));
        fit.check(*card, QStringLiteral("en/scoreCard"));
        for (const QLabel *label : card->findChildren<QLabel *>())
            if (label->isVisibleTo(card) && label->objectName() != QStringLiteral("scoreTitle")
                && TextNormalizer::containsHan(label->text().remove(scenario->expected.articleTitle)))
                chinese.append(label->text());
        for (int row = 0; row < card->table()->rowCount(); ++row)
            for (int column : {0, 4}) // the line's name and the note; expected and given are data
                if (card->table()->item(row, column) && TextNormalizer::containsHan(card->table()->item(row, column)->text()))
                    chinese.append(card->table()->item(row, column)->text());
        for (int column = 0; column < card->table()->columnCount(); ++column)
            if (TextNormalizer::containsHan(card->table()->horizontalHeaderItem(column)->text()))
                chinese.append(card->table()->horizontalHeaderItem(column)->text());
        QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
        EXPECT_TRUE(window.grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/training-window-en.png")));
        EXPECT_TRUE(card->grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/training-score-card-en.png")));
        // The card's lines wrap (its rows are as tall as their text): a line's text is cut only
        // when wrapped at its column's width it needs more height than its row has.
        QStringList cut;
        for (const QString &offence : fit.offences())
            if (!offence.startsWith(QStringLiteral("[en/scoreCard] scoreLines/")))
                cut.append(offence);
        QTableWidget *lines = card->table();
        ASSERT_TRUE(lines->wordWrap());
        for (int row = 0; row < lines->rowCount(); ++row)
            for (int column = 0; column < lines->columnCount(); ++column) {
                const QModelIndex index = lines->model()->index(row, column);
                if (index.data().toString().isEmpty())
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(lines);
                option.rect = lines->visualRect(index);
                option.font = lines->font();
                option.features = QStyleOptionViewItem::WrapText;
                const QSize hint = lines->itemDelegateForIndex(index)->sizeHint(option, index);
                if (hint.height() > option.rect.height())
                    cut.append(QStringLiteral("score line %1: needs %2 px of height, has %3").arg(index.data().toString()).arg(hint.height()).arg(option.rect.height()));
            }
        std::cout << "[ figures  ] en: " << fit.checked() << " texts checked on the training window and a score card, "
                  << cut.size() << " cut" << std::endl;
        EXPECT_TRUE(cut.isEmpty()) << qPrintable(cut.join(u'\n'));
        EXPECT_TRUE(chinese.isEmpty()) << qPrintable(chinese.join(u'\n'));
        card->hide();
    }
    QApplication::removeTranslator(&translator);
}
