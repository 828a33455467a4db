package org.entente.store.events;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.source.BadInputException;
import org.entente.source.FileHead;
import org.entente.source.events.CameoTable;
import org.entente.store.LoadContext;

/**
 * CAMEO event codes with their labels ({@code cameo-codes}) or Goldstein weights
 * ({@code cameo-goldstein}), merged into one {@code cameo_code} row per code: each import sets its
 * own column for the codes it lists and leaves the other column alone.
 */
public final class CameoCodeLoader extends NamedLoader {

    public static final CameoCodeLoader LABELS = new CameoCodeLoader(CameoTable.Layout.EVENT_CODES, "cameo-codes",
            "CAMEO event codes and labels (CAMEO.eventcodes.txt)");
    public static final CameoCodeLoader GOLDSTEIN = new CameoCodeLoader(CameoTable.Layout.GOLDSTEIN,
            "cameo-goldstein", "Goldstein weights of the CAMEO event codes (CAMEO.goldsteinscale.txt)");

    private final CameoTable.Layout layout;

    private CameoCodeLoader(CameoTable.Layout layout, String kind, String description) {
        super(kind, description);
        this.layout = layout;
    }

    @Override
    public boolean recognises(FileHead head) {
        return layout.recognises(head);
    }

    @Override
    public long load(LoadContext ctx) throws IOException, SQLException {
        boolean labels = layout == CameoTable.Layout.EVENT_CODES;
        String column = labels ? "label" : "goldstein";
        String sql = "INSERT INTO cameo_code (code, " + column + ", " + column + "_dataset_id) VALUES (?, ?, ?) "
                + "ON CONFLICT (code) DO UPDATE SET " + column + " = excluded." + column + ", "
                + column + "_dataset_id = excluded." + column + "_dataset_id";
        Map<String, Long> seen = new HashMap<>(); // a few hundred codes
        long rows = 0;
        try (InputStream in = ctx.openStream(); CameoTable table = new CameoTable(ctx.file(), in, layout);
                PreparedStatement ps = ctx.prepare(sql)) {
            CameoTable.Entry e;
            while ((e = table.next()) != null) {
                Long earlier = seen.putIfAbsent(e.code(), e.line());
                if (earlier != null) {
                    throw new BadInputException(ctx.file(), e.line(), "CAMEOEVENTCODE",
                            "code " + e.code() + " is already listed on line " + earlier);
                }
                ps.setString(1, e.code());
                if (labels) {
                    ps.setString(2, e.label());
                } else {
                    ps.setDouble(2, e.goldstein());
                }
                ps.setInt(3, ctx.datasetId());
                ps.addBatch();
                rows++;
            }
            if (rows == 0) {
                throw new BadInputException(ctx.file(), 0, null, "no codes after the header");
            }
            requireComplete(ctx, seen.keySet());
            ps.executeBatch();
        }
        ctx.citation(labels ? Citations.CAMEO : Citations.GOLDSTEIN);
        return rows;
    }

    /**
     * A complete CAMEO list has all 20 root codes (01-20), and every code's parent (0211 under 021
     * under 02): a file cut short lacks the last roots, and one with lines lost lacks a parent.
     */
    private static void requireComplete(LoadContext ctx, Set<String> codes) {
        List<String> missing = new ArrayList<>();
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            if (!codes.contains(r)) {
                missing.add(r);
            }
        }
        codes.stream().filter(c -> c.length() > 2 && !codes.contains(c.substring(0, c.length() - 1))).sorted()
                .forEach(c -> missing.add(c.substring(0, c.length() - 1) + " (the parent of " + c + ")"));
        if (!missing.isEmpty()) {
            throw new BadInputException(ctx.file(), 0, null, "the list is incomplete (cut short?): it has "
                    + codes.size() + " codes but lacks " + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : "")
                    + "; CAMEO has 20 root codes (01-20), and every code's parent is listed");
        }
    }
}
