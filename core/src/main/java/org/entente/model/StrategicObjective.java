package org.entente.model;

import java.util.List;

/** A party's aim on one issue: does it want the status quo kept or revised? */
public record StrategicObjective(String party, String issue, Stance stance, String note, List<String> sources)
        implements Cited {

    public enum Stance { STATUS_QUO, REVISIONIST }
}
