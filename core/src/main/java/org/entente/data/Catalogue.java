package org.entente.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The datasets the store holds: each imported file as the {@code dataset} table records it, the
 * family it belongs to, and the years its rows cover, computed from the rows themselves (min and
 * max year per dataset). Coverage is what makes "not loaded", "outside the years it covers" and
 * "loaded, but no rows for this pair" three different answers.
 */
public final class Catalogue {

    /**
     * One loaded dataset as the outputs cite it; {@code family} and the years its rows cover
     * ({@code firstYear}, {@code lastYear}: null for a file of codes, CAMEO's, with no years).
     */
    public record LoadedDataset(int id, String kind, String fileName, Long rows, String version, String generated,
            String citation, String importedAt, String sha256, String family, Integer firstYear, Integer lastYear) {

        public Optional<Coverage> years() {
            return firstYear == null ? Optional.empty() : Optional.of(new Coverage(firstYear, lastYear));
        }
    }

    /**
     * Where each table keeps its years: the lowest and highest year expression of a row. Spells
     * without an end (an alliance or a capital still in force) count to their start.
     */
    private static final Map<String, String> YEARS = years();

    private static Map<String, String> years() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : List.of("tiv_flow", "arms_delivery", "capability", "trade_flow", "atop_dyad_year",
                "atop_state_year", "cow_alliance_dyad_year", "state_year")) {
            m.put(t, "SELECT dataset_id, min(year), max(year) FROM " + t + " GROUP BY dataset_id");
        }
        m.put("arms_deal", "SELECT dataset_id, min(y), max(y) FROM (SELECT dataset_id, unnest(delivery_years) AS y"
                + " FROM arms_deal) GROUP BY dataset_id");
        m.put("event", "SELECT dataset_id, min(year(event_date)), max(year(event_date)) FROM event GROUP BY dataset_id");
        for (String t : List.of("contiguity", "capital", "state_spell", "major_power", "cow_alliance_member",
                "cow_alliance_dyad")) {
            m.put(t, "SELECT dataset_id, min(year(start_date)), max(year(coalesce(end_date, start_date))) FROM " + t
                    + " GROUP BY dataset_id");
        }
        m.put("atop_member", "SELECT dataset_id, min(yrent), max(CASE WHEN yrexit > 0 THEN yrexit ELSE yrent END)"
                + " FROM atop_member GROUP BY dataset_id");
        for (String t : List.of("atop_alliance", "atop_alliance_phase")) {
            m.put(t, "SELECT dataset_id, min(begyr), max(CASE WHEN endyr > 0 THEN endyr ELSE begyr END)"
                    + " FROM " + t + " GROUP BY dataset_id");
        }
        return m;
    }

    private final List<LoadedDataset> datasets;

    private Catalogue(List<LoadedDataset> datasets) {
        this.datasets = List.copyOf(datasets);
    }

    static Catalogue read(Connection c) throws SQLException {
        Map<Integer, int[]> span = new HashMap<>();
        for (String sql : YEARS.values()) {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int lo = rs.getInt(2);
                    if (rs.wasNull()) {
                        continue;
                    }
                    int hi = rs.getInt(3);
                    span.merge(rs.getInt(1), new int[] {lo, hi},
                            (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
                }
            }
        }
        List<LoadedDataset> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, file_name, rows, version, generated, citation,"
                + " strftime(imported_at, '%Y-%m-%d %H:%M:%S'), sha256 FROM dataset ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long rows = rs.getLong(4);
                Long nRows = rs.wasNull() ? null : rows;
                int[] s = span.get(rs.getInt(1));
                DatasetFamily f = DatasetFamily.ofKind(rs.getString(2));
                out.add(new LoadedDataset(rs.getInt(1), rs.getString(2), rs.getString(3), nRows, rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        f == null ? null : f.name(), s == null ? null : s[0], s == null ? null : s[1]));
            }
        }
        return new Catalogue(out);
    }

    /** Every loaded dataset, in import order. */
    public List<LoadedDataset> all() {
        return datasets;
    }

    public List<LoadedDataset> byIds(Collection<Integer> ids) {
        Set<Integer> wanted = Set.copyOf(ids);
        return datasets.stream().filter(d -> wanted.contains(d.id())).toList();
    }

    public Optional<LoadedDataset> byId(int id) {
        return datasets.stream().filter(d -> d.id() == id).findFirst();
    }

    public boolean loaded(DatasetFamily family) {
        return datasets.stream().anyMatch(d -> family.name().equals(d.family()));
    }

    /** The years any loaded dataset of {@code family} covers, from its first to its last; empty when none is loaded. */
    public Optional<Coverage> years(DatasetFamily family) {
        Integer lo = null;
        Integer hi = null;
        for (LoadedDataset d : datasets) {
            if (family.name().equals(d.family()) && d.firstYear() != null) {
                lo = lo == null ? d.firstYear() : Math.min(lo, d.firstYear());
                hi = hi == null ? d.lastYear() : Math.max(hi, d.lastYear());
            }
        }
        return lo == null ? Optional.empty() : Optional.of(new Coverage(lo, hi));
    }

    /** Per family, the years its loaded datasets cover; families not loaded are left out. */
    public Map<DatasetFamily, Coverage> coverage() {
        Map<DatasetFamily, Coverage> out = new EnumMap<>(DatasetFamily.class);
        for (DatasetFamily f : DatasetFamily.values()) {
            years(f).ifPresent(c -> out.put(f, c));
        }
        return out;
    }

    /** The years every loaded dataset together covers, first to last; empty for an empty store. */
    public Optional<Coverage> allYears() {
        Collection<Coverage> c = coverage().values();
        if (c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Coverage(c.stream().mapToInt(Coverage::first).min().orElseThrow(),
                c.stream().mapToInt(Coverage::last).max().orElseThrow()));
    }

    /** How a family stands for a request: {@code NOT_LOADED}, {@code OUTSIDE} its years, or {@code COVERED} (wholly or in part). */
    public enum State { NOT_LOADED, OUTSIDE, PARTLY, COVERED }

    /**
     * A family's standing for a request for {@code what} in [from, to], and the message to show
     * when the request finds no rows: not loaded (what it would add, where to get it), outside the
     * years it covers, or loaded and covering them with no rows for {@code what}.
     */
    public record Status(String family, String label, State state, Integer firstYear, Integer lastYear,
            String message) {}

    public Status status(DatasetFamily family, int from, int to, String what) {
        Optional<Coverage> c = years(family);
        if (!loaded(family) || c.isEmpty()) {
            return new Status(family.name(), family.label(), State.NOT_LOADED, null, null, family.notLoaded());
        }
        Coverage cov = c.get();
        if (to < cov.first() || from > cov.last()) {
            return new Status(family.name(), family.label(), State.OUTSIDE, cov.first(), cov.last(), family.label()
                    + " is loaded but covers " + cov.first() + "–" + cov.last() + "; " + span(from, to)
                    + " is outside the years it covers");
        }
        State st = from < cov.first() || to > cov.last() ? State.PARTLY : State.COVERED;
        return new Status(family.name(), family.label(), st, cov.first(), cov.last(), noRows(family, what));
    }

    /**
     * Fails with {@link OutsideCoverage} when datasets are loaded and none covers any year of
     * [from, to]; {@code what} names the request ("assess USA–JPN in 2046–2050"). An empty store
     * passes: what it lacks, each section says.
     */
    public void requireSomeCoverage(int from, int to, String what) {
        Optional<Coverage> all = allYears();
        if (all.isPresent() && (to < all.get().first() || from > all.get().last())) {
            throw new OutsideCoverage(what + ": " + span(from, to) + " is outside the years the loaded data cover, "
                    + all.get().first() + "–" + all.get().last() + " (" + describeCoverage() + ")");
        }
    }

    /**
     * Fails with {@link OutsideCoverage} when {@code family} is loaded but covers no year of
     * [from, to], naming the years it covers; not loaded fails too, naming what it would add.
     */
    public Coverage requireCoverage(DatasetFamily family, int from, int to, String what) {
        Optional<Coverage> c = years(family);
        if (c.isEmpty()) {
            throw new OutsideCoverage(what + ": " + family.notLoaded());
        }
        if (to < c.get().first() || from > c.get().last()) {
            throw new OutsideCoverage(what + ": " + span(from, to) + " is outside the years " + family.label()
                    + " covers, " + c.get().first() + "–" + c.get().last());
        }
        return c.get();
    }

    /**
     * For a request partly outside: each loaded family that covers some but not all of [from,
     * to], with the years missing ("COW capabilities (NMC) covers 1816–2016: 2017–2020 missing").
     */
    public List<String> missingYears(int from, int to) {
        List<String> out = new ArrayList<>();
        coverage().forEach((f, c) -> {
            if (to < c.first() || from > c.last() || (from >= c.first() && to <= c.last())) {
                return;
            }
            List<String> gaps = new ArrayList<>();
            if (from < c.first()) {
                gaps.add(span(from, c.first() - 1));
            }
            if (to > c.last()) {
                gaps.add(span(c.last() + 1, to));
            }
            out.add(f.label() + " covers " + c.first() + "–" + c.last() + ": " + String.join(" and ", gaps) + " missing");
        });
        return out;
    }

    static String span(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }

    /** "SIPRI arms transfers 1950–2024, COW capabilities (NMC) 1816–2016, ..." */
    public String describeCoverage() {
        List<String> parts = new ArrayList<>();
        coverage().forEach((f, c) -> parts.add(f.label() + " " + c.first() + "–" + c.last()));
        return parts.isEmpty() ? "no datasets are loaded" : String.join(", ", parts);
    }

    /** The third case: loaded, covering the span, and no rows for {@code what} ("RUS–CHN in 1989–2001"). */
    public String noRows(DatasetFamily family, String what) {
        Optional<Coverage> c = years(family);
        return family.label() + " is loaded" + c.map(x -> " (" + x.first() + "–" + x.last() + ")").orElse("")
                + " but has no rows for " + what;
    }
}
