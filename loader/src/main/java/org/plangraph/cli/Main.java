package org.plangraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plangraph}: the command-line shell over the pipeline, the store and the named queries. */
// INHERIT: every subcommand takes --help and --version too (plangraph load --help prints load's usage)
@Command(name = "plangraph", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = "A knowledge graph of Chinese government plans: their measures, responsible units, source policies and targets.",
        subcommands = {ExtractCommand.class, AlignCommand.class, LoadCommand.class, CompactCommand.class, SummarizeCommand.class, QueryCommand.class, ServeCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and gives its exit status, without exiting: for tests and the server. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("plangraph: " + FailureMessage.of(e, commandLine.getCommandName()));
            if (Boolean.getBoolean("plangraph.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return 2;
        });
        return cli.execute(args);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
