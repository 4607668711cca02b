package fr.paritaire.assistant;

import fr.paritaire.assistant.benchmark.BenchmarkCommand;
import fr.paritaire.assistant.benchmark.ScaleBenchmarkCommand;
import fr.paritaire.assistant.cli.IngestCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Paritaire: with no argument, the web chat and REST API; {@code ingest [--reindex]} runs the ingestion job once and
 * exits; {@code benchmark <questions.jsonl>} measures retrieval and answers and prints the figures.
 */
@SpringBootApplication
@ConfigurationPropertiesScan(basePackages = "fr.paritaire")
public class ParitaireApplication {

    public static void main(String[] args) {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "serve";
        switch (command) {
            case "serve" -> SpringApplication.run(ParitaireApplication.class, args);
            case "ingest" -> System.exit(runCommand(args, ctx -> ctx.getBean(IngestCommand.class).run(rest(args))));
            case "benchmark" -> System.exit(runCommand(args, ctx -> ctx.getBean(BenchmarkCommand.class).run(rest(args))));
            case "scale-benchmark" -> System.exit(runCommand(args, ctx -> ctx.getBean(ScaleBenchmarkCommand.class).run(rest(args))));
            default -> {
                System.err.println("Unknown command '" + command + "'. Use: (no argument) | ingest [--reindex] | benchmark <questions.jsonl> | scale-benchmark <questions.jsonl> --chunks=N");
                System.exit(2);
            }
        }
    }

    private interface Command {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    private static int runCommand(String[] args, Command command) {
        SpringApplication app = new SpringApplication(ParitaireApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        try (ConfigurableApplicationContext context = app.run(rest(args))) {
            return command.run(context);
        } catch (Exception e) {
            System.err.println("paritaire: " + e.getMessage());
            return 1;
        }
    }

    private static String[] rest(String[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }
}
