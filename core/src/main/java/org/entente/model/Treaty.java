package org.entente.model;

import java.util.List;

/** A formal agreement between the parties (or including them), with its provisions. */
public record Treaty(String id, String name, PartialDate signed, String place, List<String> parties,
        boolean formal, List<TreatyObligation> provisions, String note, List<String> sources) implements Cited {}
