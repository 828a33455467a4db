package org.entente.model;

import java.util.List;

/** An organisation in the supplier's arms-export system, its remit and the years it held it. */
public record ExportAgency(String name, String remit, Integer fromYear, Integer toYear, String supervisedBy,
        String note, List<String> sources) implements Cited {}
