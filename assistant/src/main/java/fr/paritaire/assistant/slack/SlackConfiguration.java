package fr.paritaire.assistant.slack;

import fr.paritaire.assistant.role.RoleGuide;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import fr.paritaire.assistant.config.ParitaireProperties;
import fr.paritaire.assistant.feedback.FeedbackStore;
import fr.paritaire.ingestion.store.postgres.PostgresProperties;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code slack} profile: Bolt inside the app. HTTP mode at {@code paritaire.slack.path} (events, slash command and
 * interactivity on one URL, signatures verified), and Socket Mode as well when {@code SLACK_APP_TOKEN} is set.
 */
@Configuration(proxyBeanMethods = false)
@Profile("slack")
class SlackConfiguration {

    @Bean(destroyMethod = "close")
    Slack slack(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        String base = properties.apiBaseUrl();
        config.setMethodsEndpointUrlPrefix(base.endsWith("/") ? base : base + "/");
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    @Bean
    @Profile("!postgres")
    SlackLedger fileSlackLedger(ParitaireProperties paritaire, SlackProperties properties) {
        return new FileSlackLedger(paritaire.dataFolder().resolve("slack"), properties.dedupeRetention());
    }

    @Bean
    @Profile("postgres")
    SlackLedger jdbcSlackLedger(DataSource dataSource, PostgresProperties postgres, SlackProperties properties) {
        return new JdbcSlackLedger(dataSource, postgres.schema(), properties.dedupeRetention());
    }

    @Bean
    WebApi slackWebApi(Slack slack, SlackProperties properties) {
        return new WebApi(slack, properties);
    }

    @Bean(destroyMethod = "close")
    AnswerWorker slackAnswerWorker(SlackAnswers answers, WebApi web, SlackLedger ledger, SlackProperties properties) {
        return new AnswerWorker(answers, web, ledger, new RecentReplies(properties.recentReplies()), properties);
    }

    @Bean
    App slackApp(Slack slack, SlackProperties properties, AnswerWorker worker, WebApi web, SlackLedger ledger,
                 SlackAnswers answers, FeedbackStore feedback, RoleGuide roles) {
        App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(properties.botToken())
                .signingSecret(properties.signingSecret()).allEventsApiAutoAckEnabled(true).build());
        new AssistantPanel(worker, web, properties, roles).register(app);
        new MentionHandler(worker, properties).register(app);
        new MessageHandler(worker, ledger, properties).register(app);
        new AskCommand(worker, properties).register(app);
        new AnswerButtons(worker, web, feedback, worker.recent(), answers, properties).register(app);
        return app;
    }

    @Bean
    ServletRegistrationBean<SlackAppServlet> slackEvents(App slackApp, SlackProperties properties) {
        return new ServletRegistrationBean<>(new SlackAppServlet(slackApp), properties.path());
    }

    @Bean
    SocketMode slackSocketMode(App slackApp, SlackProperties properties) {
        return new SocketMode(slackApp, properties);
    }
}
