package org.entente.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.store.Store;

/**
 * The read side of the store: every figure the assessment, the report, the dashboard and the CLI
 * show comes through here, typed, with one rule per quantity for which release and basis it uses
 * ({@link LoadedData} for releases, {@link ArmsMarketShares#choose} for arms flows by year).
 *
 * <p>Each answer is kept for the life of this object, so that the assessment's baseline and what-if
 * runs read the store once; the store is opened read-only by the callers that use this, so nothing
 * changes underneath. Failures are {@link DataException}s. Not for concurrent use.
 */
public final class StoreData {

    private final Connection connection;
    private final Map<Object, Object> answers = new HashMap<>();
    private Catalogue catalogue;

    public StoreData(Store store) {
        this.connection = store.connection();
    }

    /** The look-ups whose answers are kept: each typed method below is one. */
    private enum Lookup { ALLIANCE_SPELLS, ARMS, ARMS_DEAL_SOURCE, ARMS_SOURCE, ATOP_DYAD, ATOP_SHARED, COW_DYAD, EVENTS, LARGEST_CINC, NMC, THREAT_INPUTS, TRADE, TRADE_DATASET, WORLD_TRADE }

    /** One look-up and its arguments; records compare by value. */
    private record Key(Lookup what, List<Object> args) {}

    @SuppressWarnings("unchecked")
    private <T> T answer(Lookup what, Sql.Read<T> read, Object... args) {
        Key key = new Key(what, List.of(args));
        if (answers.containsKey(key)) {
            return (T) answers.get(key);
        }
        T v = Sql.read(read);
        answers.put(key, v);
        return v;
    }

    /** The loaded datasets, with their families and the years they cover. */
    public Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = Sql.read(() -> Catalogue.read(connection));
        }
        return catalogue;
    }

    // ---- alliance spells (ATOP), for the survival models

    /** ATOP alliance or phase spells with their members' capabilities, major-power status and arms imports. */
    public AllianceSpells.Inputs allianceSpells(AllianceSpells.Level level) {
        return answer(Lookup.ALLIANCE_SPELLS, () -> AllianceSpells.read(connection, level), level);
    }

    // ---- arms flows and deals (SIPRI)

    /** The flow source for [from, to] by the one rule; empty when no SIPRI flows are loaded. */
    public Optional<ArmsMarketShares.FlowSource> armsSource(int from, int to) {
        return answer(Lookup.ARMS_SOURCE, () -> ArmsMarketShares.choose(connection, from, to), from, to);
    }

    /** The deal detail for [from, to] (the register or the detailed register, never the TIV tables). */
    public Optional<ArmsMarketShares.FlowSource> armsDealSource(int from, int to) {
        return answer(Lookup.ARMS_DEAL_SOURCE, () -> ArmsMarketShares.chooseDeals(connection, from, to), from, to);
    }

    /** The flows for [from, to] from {@link #armsSource}; empty when none are loaded. */
    public Optional<ArmsMarketShares> arms(int from, int to) {
        return armsSource(from, to).map(this::arms);
    }

    /** The flows of one source (as {@link #armsSource} gave it). */
    public ArmsMarketShares arms(ArmsMarketShares.FlowSource source) {
        return answer(Lookup.ARMS, () -> new ArmsMarketShares(connection, source), source);
    }

    // ---- trade (COW Dyadic Trade)

    public Optional<DyadTrade.Series> trade(int a, int b, int from, int to) {
        return answer(Lookup.TRADE, () -> DyadTrade.of(connection, a, b, from, to), a, b, from, to);
    }

    public Optional<List<DyadTrade.WorldTrade>> worldTrade(int party, int from, int to) {
        return answer(Lookup.WORLD_TRADE, () -> DyadTrade.world(connection, party, from, to), party, from, to);
    }

    /** The trade release every trade figure reads, if trade is loaded. */
    public Optional<Integer> tradeDataset() {
        return answer(Lookup.TRADE_DATASET, () -> DyadTrade.dataset(connection));
    }

    // ---- capabilities (COW NMC)

    public Optional<CapabilitySeries.Series> capabilities(int ccode, int from, int to) {
        return answer(Lookup.NMC, () -> CapabilitySeries.of(connection, ccode, from, to), ccode, from, to);
    }

    /**
     * The states of highest mean CINC over [from, to], largest first, leaving out {@code excluded}:
     * at most {@code limit}; empty when NMC is not loaded.
     */
    public List<Integer> largestByCinc(Collection<Integer> excluded, int from, int to, int limit) {
        return answer(Lookup.LARGEST_CINC, () -> {
            Optional<Integer> ds = LoadedData.latest(connection, "capability");
            if (ds.isEmpty()) {
                return List.<Integer>of();
            }
            String not = excluded.isEmpty() ? "TRUE"
                    : "ccode NOT IN (" + excluded.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
            List<Integer> out = new ArrayList<>();
            try (PreparedStatement ps = LoadedData.prepare(connection, "SELECT ccode FROM capability WHERE dataset_id = ?"
                    + " AND year BETWEEN ? AND ? AND " + not + " AND cinc IS NOT NULL"
                    + " GROUP BY ccode ORDER BY avg(cinc) DESC, ccode LIMIT ?", ds.get(), from, to, limit);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return List.copyOf(out);
        }, Set.copyOf(new LinkedHashSet<>(excluded)), from, to, limit);
    }

    /** What the balance of threat needs for {@code self} in {@code year}; empty when NMC is not loaded. */
    public Optional<ThreatInputs.Inputs> threatInputs(int self, int year) {
        return answer(Lookup.THREAT_INPUTS, () -> ThreatInputs.read(connection, self, year), self, year);
    }

    // ---- alliances (ATOP, COW)

    public Optional<DyadAlliances.Coding> atopDyadYear(int a, int b, int year) {
        return answer(Lookup.ATOP_DYAD, () -> DyadAlliances.atopDyadYear(connection, a, b, year), a, b, year);
    }

    public List<DyadAlliances.SharedAlliance> atopShared(int a, int b, int year) {
        return answer(Lookup.ATOP_SHARED, () -> DyadAlliances.atopShared(connection, a, b, year), a, b, year);
    }

    public Optional<DyadAlliances.Coding> cowDyadYear(int a, int b, int year) {
        return answer(Lookup.COW_DYAD, () -> DyadAlliances.cowDyadYear(connection, a, b, year), a, b, year);
    }

    // ---- events (GDELT, ICEWS)

    /** Events between two states (both directions, each its own rows) by period, as {@code entente events series} prints them. */
    public Rows eventSeries(int a, int b, PeriodGrain by, boolean rootOnly) {
        return Sql.read(() -> EventSeries.rows(connection, a, b, by, rootOnly));
    }

    /** The loaded datasets as {@code entente datasets} prints them, with the years each covers. */
    public Rows datasetRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Catalogue.LoadedDataset d : catalogue().all()) {
            rows.add(java.util.Arrays.asList(d.id(), d.kind(), d.fileName(), d.rows(), d.version(), d.generated(),
                    d.citation(), d.importedAt(), d.sha256(), d.firstYear(), d.lastYear()));
        }
        return Rows.of(List.of("id", "kind", "file_name", "rows", "version", "generated", "citation", "imported_at",
                "sha256", "first_year", "last_year"), rows);
    }

    public List<DyadEvents.Year> events(int a, int b, int from, int to) {
        return answer(Lookup.EVENTS, () -> DyadEvents.of(connection, a, b, from, to), a, b, from, to);
    }
}
