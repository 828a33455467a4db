package org.entente.source.casefile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.entente.model.ArmsDeal;
import org.entente.model.ArmsExportSystem;
import org.entente.model.Case;
import org.entente.model.CaseFact;
import org.entente.model.Claim;
import org.entente.model.Consistency;
import org.entente.model.Evidence;
import org.entente.model.ExportAgency;
import org.entente.model.Hypothesis;
import org.entente.model.Obligation;
import org.entente.model.Party;
import org.entente.model.PaymentTerms;
import org.entente.model.Source;
import org.entente.model.StrategicObjective;
import org.entente.model.Summit;
import org.entente.model.ThreatPerception;
import org.entente.model.TradeFigure;
import org.entente.model.Treaty;
import org.entente.model.TreatyObligation;

/**
 * Builds a {@link Case} from the composed YAML tree, checking every field. Problems are collected
 * in two passes: first each entry on its own (fields, types, scales, states), then, if those are
 * clean, the references between entries (source ids, hypothesis ids), which only make sense once
 * every entry has been read.
 */
final class CaseParser {

    private final Problems problems;
    private final CowStates states = CowStates.shared();

    /** Every id in the file (sources and entries share one namespace), with the line it was given on. */
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final Map<String, Long> hypothesisIds = new HashMap<>();
    private record Ref(String id, Node at, String field) {}
    private final List<Ref> sourceRefs = new ArrayList<>();
    private final List<Ref> hypothesisRefs = new ArrayList<>();

    CaseParser(Problems problems) {
        this.problems = problems;
    }

    Case parse(Node root) {
        YamlMap m = YamlMap.of(root, "", problems,
                List.of("id", "title", "parties", "period", "sources"),
                List.of("summary", "treaties", "summits", "arms-deals", "trade", "export-systems", "threats",
                        "objectives", "facts", "hypotheses", "evidence", "claims"));
        if (m == null) {
            problems.throwFirst();
            throw new IllegalStateException("unreachable: a problem was recorded");
        }
        String id = m.string("id");
        String title = m.string("title");
        String summary = m.string("summary");
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(m.value("id"), "id", "a case id is lower-case letters, digits and '-' (e.g. russia-china-2001)");
        }
        List<Party> parties = parties(m);
        int[] period = period(m);
        List<Source> sources = m.list("sources", this::source);
        List<Treaty> treaties = m.list("treaties", this::treaty);
        List<Summit> summits = m.list("summits", this::summit);
        List<ArmsDeal> deals = m.list("arms-deals", this::armsDeal);
        List<TradeFigure> trade = m.list("trade", this::tradeFigure);
        List<ArmsExportSystem> systems = m.list("export-systems", this::exportSystem);
        List<ThreatPerception> threats = m.list("threats", this::threat);
        List<StrategicObjective> objectives = m.list("objectives", this::objective);
        List<CaseFact> facts = m.list("facts", this::fact);
        List<Hypothesis> hypotheses = m.list("hypotheses", this::hypothesis);
        List<Evidence> evidence = m.list("evidence", this::evidence);
        List<Claim> claims = m.list("claims", this::claim);
        problems.throwFirst();

        checkReferences();
        problems.throwFirst();
        return new Case(id, title, parties, period[0], period[1], summary, sources, treaties,
                summits, deals, trade, systems, threats, objectives, facts, hypotheses, evidence, claims);
    }

    // ---- the case as a whole ----

    private List<Party> parties(YamlMap m) {
        List<Party> out = new ArrayList<>();
        List<ScalarNode> items = m.scalars("parties");
        if (m.has("parties") && items.size() != 2) {
            problems.add(m.value("parties"), "parties", "a case is about two states; found " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            Party p = state(items.get(i), "parties[" + (i + 1) + "]");
            if (p != null) {
                if (out.stream().anyMatch(q -> q.ccode() == p.ccode())) {
                    problems.add(items.get(i), "parties[" + (i + 1) + "]", "the same state is named twice");
                }
                out.add(p);
            }
        }
        return out;
    }

    private int[] period(YamlMap m) {
        if (!m.has("period")) {
            return new int[] {0, 0};
        }
        YamlMap p = YamlMap.of(m.value("period"), "period", problems, List.of("from", "to"), List.of());
        if (p == null) {
            return new int[] {0, 0};
        }
        Integer from = p.integer("from", 1816, 2100);
        Integer to = p.integer("to", 1816, 2100);
        if (from != null && to != null && from > to) {
            problems.add(p.value("to"), "period.to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        return new int[] {from == null ? 0 : from, to == null ? 0 : to};
    }

    private Source source(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("id", "kind", "citation"), List.of("locator"));
        if (m == null) {
            return null;
        }
        String id = id(m);
        if (id != null && !sourceIds.containsKey(id)) {
            sourceIds.put(id, Problems.line(m.value("id")));
        }
        return new Source(id, m.choice("kind", CaseVocabulary.SOURCE_KINDS), m.string("citation"), m.string("locator"));
    }

    // ---- sections ----

    private Treaty treaty(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("id", "name", "signed", "parties", "sources"),
                List.of("place", "formal", "provisions", "note"));
        if (m == null) {
            return null;
        }
        String id = id(m);
        List<String> sources = sources(m);
        List<String> parties = stateList(m, "parties");
        List<TreatyObligation> provisions = m.list("provisions", (n, p) -> provision(n, p, sources));
        Boolean formal = m.bool("formal");
        return new Treaty(id, m.string("name"), m.date("signed"), m.string("place"), parties,
                formal == null || formal, provisions, m.string("note"), sources);
    }

    private TreatyObligation provision(Node node, String path, List<String> inherited) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("obligation"),
                List.of("article", "against", "summary", "sources"));
        if (m == null) {
            return null;
        }
        String o = m.choice("obligation", CaseVocabulary.OBLIGATIONS);
        Obligation obligation = o == null ? null : Obligation.valueOf(o.toUpperCase(Locale.ROOT).replace('-', '_'));
        return new TreatyObligation(m.string("article"), obligation, m.string("against"), m.string("summary"),
                m.has("sources") ? sources(m) : inherited);
    }

    private Summit summit(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("id", "date", "kind", "sources"),
                List.of("place", "leaders", "characterisation", "quotes", "level", "note"));
        if (m == null) {
            return null;
        }
        return new Summit(id(m), m.date("date"), m.string("place"), m.strings("leaders"),
                m.choice("kind", CaseVocabulary.SUMMIT_KINDS), m.string("characterisation"), m.strings("quotes"),
                m.integer("level", 0, 5), m.string("note"), sources(m));
    }

    private ArmsDeal armsDeal(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("id", "supplier", "recipient", "system", "category", "sources"),
                List.of("quantity", "quantity-max", "order-year", "delivery-years", "value-usd-millions", "payment",
                        "licensed-production", "technology-transfer", "status", "note"));
        if (m == null) {
            return null;
        }
        Integer quantity = m.integer("quantity", 0, 1_000_000);
        Integer quantityMax = m.integer("quantity-max", 0, 1_000_000);
        if (quantityMax != null && (quantity == null || quantityMax < quantity)) {
            problems.add(m.value("quantity-max"), m.field("quantity-max"),
                    "a quantity range needs quantity (its low end) no larger than quantity-max");
        }
        List<Integer> deliveries = new ArrayList<>();
        List<Node> items = m.items("delivery-years");
        for (int i = 0; i < items.size(); i++) {
            Integer y = year(m, items.get(i), m.field("delivery-years") + "[" + (i + 1) + "]");
            if (y != null) {
                deliveries.add(y);
            }
        }
        Boolean licensed = m.bool("licensed-production");
        Boolean transfer = m.bool("technology-transfer");
        return new ArmsDeal(id(m), state(m, "supplier"), state(m, "recipient"), m.string("system"),
                m.choice("category", CaseVocabulary.DEAL_CATEGORIES), quantity, quantityMax,
                m.integer("order-year", 1816, 2100), deliveries, m.decimal("value-usd-millions", 0, 1e7),
                m.has("payment") ? payment(m.value("payment"), m.field("payment")) : null,
                licensed != null && licensed, transfer != null && transfer,
                m.choice("status", CaseVocabulary.DEAL_STATUSES), m.string("note"), sources(m));
    }

    private PaymentTerms payment(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of(),
                List.of("hard-currency-share", "barter-share", "credit", "note"));
        if (m == null) {
            return null;
        }
        Double hard = m.decimal("hard-currency-share", 0, 1);
        Double barter = m.decimal("barter-share", 0, 1);
        if (hard != null && barter != null && hard + barter > 1.0 + 1e-9) {
            problems.add(m.value("barter-share"), m.field("barter-share"),
                    "hard-currency and barter shares add up to more than 1");
        }
        return new PaymentTerms(hard, barter, m.bool("credit"), m.string("note"));
    }

    private TradeFigure tradeFigure(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("year", "measure", "usd-millions", "sources"),
                List.of("to-year", "from", "to", "note"));
        if (m == null) {
            return null;
        }
        Integer year = m.integer("year", 1816, 2100);
        Integer toYear = m.integer("to-year", 1816, 2100);
        if (year != null && toYear != null && toYear < year) {
            problems.add(m.value("to-year"), m.field("to-year"), "to-year is before year");
        }
        Double usd = m.decimal("usd-millions", -1e8, 1e8);
        return new TradeFigure(year == null ? 0 : year, toYear, m.choice("measure", CaseVocabulary.TRADE_MEASURES),
                stateOrAggregate(m, "from"), stateOrAggregate(m, "to"), usd == null ? 0 : usd, m.string("note"),
                sources(m));
    }

    private ArmsExportSystem exportSystem(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("supplier", "sources"),
                List.of("supervising-body", "agencies", "rules"));
        if (m == null) {
            return null;
        }
        List<String> sources = sources(m);
        return new ArmsExportSystem(state(m, "supplier"), m.string("supervising-body"),
                m.list("agencies", (n, p) -> agency(n, p, sources)), m.list("rules", (n, p) -> rule(n, p, sources)),
                sources);
    }

    private ExportAgency agency(Node node, String path, List<String> inherited) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("name", "remit"),
                List.of("from-year", "to-year", "supervised-by", "note", "sources"));
        if (m == null) {
            return null;
        }
        Integer from = m.integer("from-year", 1816, 2100);
        Integer to = m.integer("to-year", 1816, 2100);
        if (from != null && to != null && to < from) {
            problems.add(m.value("to-year"), m.field("to-year"), "to-year is before from-year");
        }
        return new ExportAgency(m.string("name"), m.string("remit"), from, to, m.string("supervised-by"),
                m.string("note"), m.has("sources") ? sources(m) : inherited);
    }

    private ArmsExportSystem.ExportRule rule(Node node, String path, List<String> inherited) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("kind", "description"), List.of("year", "sources"));
        if (m == null) {
            return null;
        }
        return new ArmsExportSystem.ExportRule(m.choice("kind", CaseVocabulary.EXPORT_RULE_KINDS),
                m.integer("year", 1816, 2100), m.string("description"), m.has("sources") ? sources(m) : inherited);
    }

    private ThreatPerception threat(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("perceiver", "threat-from", "issue", "intensity", "sources"),
                List.of("evidence"));
        if (m == null) {
            return null;
        }
        Integer intensity = m.integer("intensity", 0, 3);
        return new ThreatPerception(state(m, "perceiver"), stateOrActor(m, "threat-from"), m.string("issue"),
                intensity == null ? 0 : intensity, m.string("evidence"), sources(m));
    }

    private StrategicObjective objective(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("party", "issue", "stance", "sources"), List.of("note"));
        if (m == null) {
            return null;
        }
        String s = m.choice("stance", CaseVocabulary.STANCES);
        StrategicObjective.Stance stance = s == null ? null
                : StrategicObjective.Stance.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        return new StrategicObjective(state(m, "party"), m.string("issue"), stance, m.string("note"), sources(m));
    }

    private CaseFact fact(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("id", "category", "subject", "statement", "sources"),
                List.of("party", "value", "value-max", "unit", "year", "to-year", "direction"));
        if (m == null) {
            return null;
        }
        String c = m.choice("category", CaseVocabulary.FACT_CATEGORIES);
        CaseFact.Category category = c == null ? null : CaseFact.Category.valueOf(c.toUpperCase(Locale.ROOT));
        Double value = m.decimal("value", -1e15, 1e15);
        Double valueMax = m.decimal("value-max", -1e15, 1e15);
        if (valueMax != null && (value == null || valueMax < value)) {
            problems.add(m.value("value-max"), m.field("value-max"),
                    "a range needs value (its low end) no larger than value-max");
        }
        if ((value != null) && !m.has("unit")) {
            problems.add(m.value("value"), m.field("unit"), "a fact with a value needs its unit");
        }
        Integer year = m.integer("year", 1, 2200);
        Integer toYear = m.integer("to-year", 1, 2200);
        if (year != null && toYear != null && toYear < year) {
            problems.add(m.value("to-year"), m.field("to-year"), "to-year is before year");
        }
        Integer direction = m.integer("direction", -1, 1);
        return new CaseFact(id(m), category, m.has("party") ? state(m, "party") : null, m.string("subject"), value,
                valueMax, m.string("unit"), year, toYear, direction == null ? 0 : direction, m.string("statement"),
                sources(m));
    }

    private Hypothesis hypothesis(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("id", "label", "description", "sources"), List.of("theorist"));
        if (m == null) {
            return null;
        }
        String id = id(m);
        if (id != null && !hypothesisIds.containsKey(id)) {
            hypothesisIds.put(id, Problems.line(m.value("id")));
        }
        return new Hypothesis(id, m.string("label"), m.string("theorist"), m.string("description"), sources(m));
    }

    private Evidence evidence(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems, List.of("id", "description", "weight", "ratings", "sources"), List.of());
        if (m == null) {
            return null;
        }
        Map<String, Consistency> ratings = new LinkedHashMap<>();
        List<NodeTuple> entries = m.entries("ratings");
        if (m.has("ratings") && entries.isEmpty()) {
            problems.add(m.value("ratings"), m.field("ratings"), "rate the item against at least one hypothesis");
        }
        for (NodeTuple t : entries) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(t.getKeyNode(), m.field("ratings"), "a rating is keyed by a hypothesis id");
                continue;
            }
            String field = m.field("ratings") + "." + k.getValue();
            if (ratings.containsKey(k.getValue())) {
                problems.add(k, field, "this hypothesis is rated twice");
                continue;
            }
            hypothesisRefs.add(new Ref(k.getValue(), k, field));
            Node v = t.getValueNode();
            String r = v instanceof ScalarNode s ? s.getValue().strip().toUpperCase(Locale.ROOT) : null;
            if (r == null || !CaseVocabulary.RATINGS.contains(r)) {
                problems.add(v, field, "rating " + YamlMap.describe(v) + " is outside the scale "
                        + String.join(", ", CaseVocabulary.RATINGS)
                        + " (very consistent, consistent, neutral, inconsistent, very inconsistent)");
                continue;
            }
            ratings.put(k.getValue(), Consistency.valueOf(r));
        }
        return new Evidence(id(m), m.string("description"), weight(m), ratings, sources(m));
    }

    private double weight(YamlMap m) {
        Node v = m.value("weight");
        if (v == null) {
            return 0;
        }
        if (v instanceof ScalarNode s) {
            Double named = CaseVocabulary.WEIGHTS.get(s.getValue().strip().toLowerCase(Locale.ROOT));
            if (named != null) {
                return named;
            }
            try {
                double d = Double.parseDouble(s.getValue().strip());
                if (CaseVocabulary.WEIGHTS.containsValue(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(v, m.field("weight"), "weight " + YamlMap.describe(v)
                + " is outside the scale: low (0.5), medium (1) or high (2)");
        return 0;
    }

    private Claim claim(Node node, String path) {
        YamlMap m = YamlMap.of(node, path, problems,
                List.of("id", "text", "metric", "params", "value", "unit", "sources"), List.of("tolerance", "note"));
        if (m == null) {
            return null;
        }
        String metricName = m.string("metric");
        Optional<CaseVocabulary.Metric> metric = metricName == null ? Optional.empty() : CaseVocabulary.metric(metricName);
        if (metricName != null && metric.isEmpty()) {
            problems.add(m.value("metric"), m.field("metric"), "unknown metric '" + metricName + "'; the metrics are: "
                    + String.join(", ", CaseVocabulary.METRICS.stream().map(CaseVocabulary.Metric::name).toList()));
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (NodeTuple t : m.entries("params")) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            String field = m.field("params") + "." + key;
            if (!(t.getValueNode() instanceof ScalarNode v) || YamlMap.isNull(v)) {
                problems.add(t.getValueNode(), field, "expected a value");
                continue;
            }
            if (metric.isPresent() && !metric.get().required().contains(key) && !metric.get().optional().contains(key)) {
                List<String> allowed = new ArrayList<>(metric.get().required());
                allowed.addAll(metric.get().optional());
                problems.add(t.getKeyNode(), field, "metric " + metricName + " takes no parameter '" + key
                        + "'; it takes: " + String.join(", ", allowed));
                continue;
            }
            params.put(key, param(key, v, field));
        }
        if (metric.isPresent() && m.has("params")) {
            for (String r : metric.get().required()) {
                if (!params.containsKey(r)) {
                    problems.add(m.value("params"), m.field("params") + "." + r,
                            "metric " + metricName + " needs the parameter '" + r + "'");
                }
            }
        }
        BigDecimal value = m.has("value") ? m.number(m.field("value"), m.value("value")) : null;
        String unit = m.string("unit");
        if (unit != null && !CaseVocabulary.CLAIM_UNITS.contains(unit)) {
            problems.add(m.value("unit"), m.field("unit"), "'" + unit + "' is not one of: "
                    + String.join(", ", CaseVocabulary.CLAIM_UNITS));
        }
        return new Claim(id(m), m.string("text"), metricName, params, value == null ? 0 : value.doubleValue(), unit,
                m.decimal("tolerance", 0, 1), m.string("note"), sources(m));
    }

    private String param(String key, ScalarNode v, String field) {
        String text = v.getValue().strip();
        if (key.equals("years")) {
            if (!text.matches("\\d{4}(-\\d{4})?")
                    || (text.length() == 9 && text.substring(5).compareTo(text.substring(0, 4)) < 0)) {
                problems.add(v, field, "years is YYYY or YYYY-YYYY (first year first), found '" + text + "'");
            }
            return text;
        }
        if (CaseVocabulary.STATE_PARAMS.contains(key)) {
            List<String> out = new ArrayList<>();
            for (String part : text.split(",")) {
                Optional<Party> p = states.find(part);
                if (p.isEmpty()) {
                    problems.add(v, field, unknownState(part.strip()));
                } else {
                    out.add(p.get().abbrev());
                }
            }
            if (!key.equals("recipients") && out.size() > 1) {
                problems.add(v, field, "names one state; use 'recipients' for a list");
            }
            return String.join(",", out);
        }
        return text;
    }

    // ---- shared field readers ----

    private String id(YamlMap m) {
        String id = m.string("id");
        if (id == null) {
            return null;
        }
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problems.add(m.value("id"), m.field("id"), "an id is letters, digits, '.', '_' and '-', without spaces");
        }
        Long first = ids.putIfAbsent(id, Problems.line(m.value("id")));
        if (first != null) {
            problems.add(m.value("id"), m.field("id"), "duplicate id '" + id + "' (first used at line " + first + ")");
        }
        return id;
    }

    /** The entry's source ids; at least one is required (the reference is checked once all sources are read). */
    private List<String> sources(YamlMap m) {
        if (!m.has("sources")) {
            return List.of(); // "missing required field" is already recorded
        }
        List<ScalarNode> items = m.scalars("sources");
        if (items.isEmpty()) {
            problems.add(m.value("sources"), m.field("sources"),
                    "no sources: every entry must cite at least one source id from 'sources'");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String s = items.get(i).getValue().strip();
            sourceRefs.add(new Ref(s, items.get(i), m.field("sources") + "[" + (i + 1) + "]"));
            out.add(s);
        }
        return List.copyOf(out);
    }

    private Integer year(YamlMap m, Node n, String field) {
        BigDecimal y = m.number(field, n);
        if (y == null) {
            return null;
        }
        if (y.scale() > 0 || y.intValue() < 1816 || y.intValue() > 2100) {
            problems.add(n, field, "expected a year, found " + YamlMap.describe(n));
            return null;
        }
        return y.intValue();
    }

    /** A state (COW abbreviation, code or name), as its COW abbreviation. */
    private String state(YamlMap m, String key) {
        Node v = m.value(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            problems.add(v, m.field(key), "expected a state, found " + YamlMap.describe(v));
            return null;
        }
        Party p = state(s, m.field(key));
        return p == null ? null : p.abbrev();
    }

    private Party state(ScalarNode s, String field) {
        Optional<Party> p = states.find(s.getValue());
        if (p.isEmpty()) {
            problems.add(s, field, unknownState(s.getValue().strip()));
            return null;
        }
        return p.get();
    }

    private List<String> stateList(YamlMap m, String key) {
        List<String> out = new ArrayList<>();
        List<ScalarNode> items = m.scalars(key);
        for (int i = 0; i < items.size(); i++) {
            Party p = state(items.get(i), m.field(key) + "[" + (i + 1) + "]");
            if (p != null) {
                out.add(p.abbrev());
            }
        }
        return out;
    }

    /** A state, or a named actor that is not a state ("NATO", "Islamic extremism"); a code must be a state's. */
    private String stateOrActor(YamlMap m, String key) {
        String text = m.string(key);
        if (text == null) {
            return null;
        }
        Optional<Party> p = states.find(text);
        if (p.isPresent()) {
            return p.get().abbrev();
        }
        if (CowStates.looksLikeCode(text)) {
            problems.add(m.value(key), m.field(key), unknownState(text)
                    + " (a threat from something other than a state is written as its name, e.g. NATO)");
            return null;
        }
        return text;
    }

    private String stateOrAggregate(YamlMap m, String key) {
        String text = m.string(key);
        if (text == null) {
            return null;
        }
        if (CaseVocabulary.TRADE_AGGREGATES.contains(text)) {
            return text;
        }
        Optional<Party> p = states.find(text);
        if (p.isEmpty()) {
            problems.add(m.value(key), m.field(key), unknownState(text) + " or one of "
                    + String.join(", ", CaseVocabulary.TRADE_AGGREGATES));
            return null;
        }
        return p.get().abbrev();
    }

    private static String unknownState(String text) {
        return "unknown state '" + text + "': not a COW state abbreviation (RUS), code (365) or name (Russia)";
    }

    // ---- references between entries ----

    private void checkReferences() {
        for (Ref r : sourceRefs) {
            if (!sourceIds.containsKey(r.id())) {
                problems.add(r.at(), r.field(), "unknown source id '" + r.id() + "': no entry of 'sources' has it"
                        + (ids.containsKey(r.id()) ? " (it is the id of an entry, not of a source)" : ""));
            }
        }
        for (Ref r : hypothesisRefs) {
            if (!hypothesisIds.containsKey(r.id())) {
                problems.add(r.at(), r.field(), "unknown hypothesis '" + r.id() + "'; the hypotheses are: "
                        + (hypothesisIds.isEmpty() ? "(none)" : String.join(", ", hypothesisIds.keySet().stream().sorted().toList())));
            }
        }
    }
}
