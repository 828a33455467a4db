package org.entente.model;

import java.util.List;

/** One article of a treaty and what it obliges; {@code against} names a target where the text does. */
public record TreatyObligation(String article, Obligation obligation, String against, String summary,
        List<String> sources) implements Cited {}
