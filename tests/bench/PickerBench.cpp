// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark of one picker query (one keystroke) over the full data.
#include "BenchData.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace hotline;

namespace {
bench::BenchData *data = nullptr;

void run(benchmark::State &state, const SuggestionSource &source, const QStringList &queries)
{
    qsizetype i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(source.suggest(queries.at(i % queries.size()), 8));
        ++i;
    }
}

const QStringList placeHan{QStringLiteral("牛"), QStringLiteral("牛街"), QStringLiteral("牛街西里"),
                           QStringLiteral("牛街西里二区"), QStringLiteral("望京"), QStringLiteral("回龙观"),
                           QStringLiteral("天通苑北一"), QStringLiteral("嘉松南路这里积水")};
const QStringList placePinyin{QStringLiteral("n"), QStringLiteral("nj"), QStringLiteral("njxl"),
                              QStringLiteral("njxlerq"), QStringLiteral("wangjing"), QStringLiteral("hlg"),
                              QStringLiteral("ttybyq"), QStringLiteral("zgc")};
const QStringList catalogHan{QStringLiteral("供"), QStringLiteral("供水"), QStringLiteral("园林绿化"),
                             QStringLiteral("社会保险"), QStringLiteral("噪音"), QStringLiteral("物业")};
const QStringList catalogPinyin{QStringLiteral("g"), QStringLiteral("gs"), QStringLiteral("yllh"),
                                QStringLiteral("shbx"), QStringLiteral("zaoyin"), QStringLiteral("wygl")};

void BM_PlaceHan(benchmark::State &s) { run(s, data->indexes->divisions(), placeHan); }
void BM_PlacePinyin(benchmark::State &s) { run(s, data->indexes->divisions(), placePinyin); }
void BM_CatalogHan(benchmark::State &s) { run(s, data->indexes->catalog(), catalogHan); }
void BM_CatalogPinyin(benchmark::State &s) { run(s, data->indexes->catalog(), catalogPinyin); }
} // namespace

BENCHMARK(BM_PlaceHan)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PlacePinyin)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CatalogHan)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CatalogPinyin)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::BenchData loaded;
    data = &loaded;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
