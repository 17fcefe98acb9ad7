package org.plangraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EveryCommandAnswersHelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"extract", "align", "load", "compact", "summarize", "query", "serve", "validate"})
    void helpAfterACommandPrintsThatCommandsUsageAndNoError(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            LoadCommandTest.Run run = LoadCommandTest.run(command, flag);
            assertEquals(0, run.status(), command + " " + flag + ": " + run.err());
            assertTrue(run.out().contains("Usage: plangraph " + command), run.out());
            assertEquals("", run.err());
        }
    }
}
