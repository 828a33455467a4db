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
        m.put("atop_alliance", "SELECT dataset_id, min(begyr), max(CASE WHEN endyr > 0 THEN endyr ELSE begyr END)"
                + " FROM atop_alliance GROUP BY dataset_id");
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

    /** "SIPRI arms transfers 1950–2024, COW capabilities (NMC) 1816–2016, ..." */
    public String describeCoverage() {
        List<String> parts = new ArrayList<>();
        coverage().forEach((f, c) -> parts.add(f.label() + " " + c.first() + "–" + c.last()));
        return parts.isEmpty() ? "no datasets are loaded" : String.join(", ", parts);
    }

    /**
     * Why {@code family} has nothing for [from, to], or empty when it covers all of it: not loaded
     * (naming what it would add and where to get it), or loaded but outside the years it covers,
     * wholly or in part. A loaded family covering the span with no rows for a pair is the caller's
     * third case: {@link #noRows}.
     */
    public Optional<String> gap(DatasetFamily family, int from, int to) {
        Optional<Coverage> c = years(family);
        if (!loaded(family) || c.isEmpty()) {
            return Optional.of(family.notLoaded());
        }
        Coverage cov = c.get();
        String span = from == to ? Integer.toString(from) : from + "–" + to;
        if (to < cov.first() || from > cov.last()) {
            return Optional.of(family.label() + " is loaded but covers " + cov.first() + "–" + cov.last() + "; " + span
                    + " is outside the years it covers");
        }
        if (from < cov.first() || to > cov.last()) {
            return Optional.of(family.label() + " covers " + cov.first() + "–" + cov.last() + ", not all of " + span
                    + ": the years outside it are missing, not zero");
        }
        return Optional.empty();
    }

    /** The third case: loaded, covering the span, and no rows for {@code what} ("RUS–CHN in 1989–2001"). */
    public String noRows(DatasetFamily family, String what) {
        Optional<Coverage> c = years(family);
        return family.label() + " is loaded" + c.map(x -> " (" + x.first() + "–" + x.last() + ")").orElse("")
                + " but has no rows for " + what;
    }
}
