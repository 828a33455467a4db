package org.entente.cli;

import org.entente.data.DataException;
import org.entente.source.BadInputException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on stderr and exit code 1. A stack trace helps nobody who fed a
 * malformed file; set {@code ENTENTE_DEBUG=1} to see it anyway.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (System.getenv("ENTENTE_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        if (ex instanceof UsageProblem) {
            cl.getErr().println("entente: " + ex.getMessage());
            return 2;
        }
        String message;
        if (ex instanceof BadInputException) {
            message = ex.getMessage();
        } else if (DataException.databaseError(ex).isPresent()) {
            message = DataException.databaseError(ex).get();
        } else {
            message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        }
        cl.getErr().println("entente: " + message);
        return 1;
    }
}
