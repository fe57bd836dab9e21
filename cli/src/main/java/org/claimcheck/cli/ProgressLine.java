package org.claimcheck.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.claimcheck.rules.CheckOptions;

/**
 * Progress on one terminal line (files analysed, claims found, time left), shown once a run has taken more than
 * two seconds and redrawn at most a few times a second.
 */
final class ProgressLine implements CheckOptions.Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void filesDone(int done, int total, long claims) {
        long now = System.nanoTime();
        boolean last = done == total;
        if (now - started < QUIET_NANOS || (!last && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = now;
        double elapsed = (now - started) / 1e9;
        double left = done == 0 ? 0 : elapsed / done * (total - done);
        err.printf(Locale.ROOT, "\r%,d/%,d articles analysed, %,d claims, about %.0f s left   ", done, total, claims,
                left);
        if (last) {
            err.println();
        }
    }
}
