package org.entente.web;

/** A request parameter that is missing or makes no sense: answered with 400 and a JSON error. */
final class BadParameter extends RuntimeException {

    private final String parameter;

    BadParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
