package fr.paritaire.assistant;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port over the committed corpus, with its own data folder. Every test class using
 * it shares one running application (and one ingestion).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ParitaireApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"paritaire.data-dir=target/it-data", "paritaire.corpus-dir=../corpus"})
public @interface RunningParitaire {
}
