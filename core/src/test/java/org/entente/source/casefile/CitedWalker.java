package org.entente.source.casefile;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.model.Case;
import org.entente.model.Cited;

/** Every {@link Cited} record reachable from a case, found by walking record components, lists and maps. */
final class CitedWalker {

    private CitedWalker() {}

    static List<Cited> all(Case c) {
        List<Cited> out = new ArrayList<>();
        walk(c, out);
        return out;
    }

    private static void walk(Object o, List<Cited> out) {
        if (o == null) {
            return;
        }
        if (o instanceof Cited c) {
            out.add(c);
        }
        if (o instanceof Collection<?> col) {
            col.forEach(x -> walk(x, out));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(x -> walk(x, out));
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                try {
                    walk(rc.getAccessor().invoke(o), out);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
