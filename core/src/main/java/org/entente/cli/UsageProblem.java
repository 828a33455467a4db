package org.entente.cli;

/** A request that is well-formed for picocli but makes no sense (exit code 2). */
public final class UsageProblem extends RuntimeException {
    public UsageProblem(String message) {
        super(message);
    }
}
