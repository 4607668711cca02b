package fr.paritaire.ingestion.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences are exact substrings (quotable verbatim), split where a reader would split them. */
class SentencesTest {

    @Test
    void splitsOnSentenceEndsButNotOnAbbreviations() {
        String text = "Le comité est consulté (art. L. 2312-8). Il rend un avis motivé ! Voir p. 12 du guide.";
        assertThat(Sentences.split(text)).containsExactly("Le comité est consulté (art. L. 2312-8).", "Il rend un avis motivé !",
                "Voir p. 12 du guide.");
    }

    @Test
    void listItemsAndLineSeamsAreBoundaries() {
        String text = "Le comité est consulté sur :\n1° Les effectifs ;\n2° Les nouvelles technologies ;";
        assertThat(Sentences.split(text)).containsExactly("Le comité est consulté sur :", "1° Les effectifs ;", "2° Les nouvelles technologies ;");
    }

    @Test
    void everySentenceIsASubstringOfTheText() {
        String text = "« La question reste floue », dit-il. Cette « incertitude ralentit » tout. Fin";
        for (String sentence : Sentences.split(text)) assertThat(text).contains(sentence);
    }
}
