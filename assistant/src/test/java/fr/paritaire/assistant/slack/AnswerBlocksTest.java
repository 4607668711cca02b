package fr.paritaire.assistant.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Block Kit within Slack's limits (3,000 characters a section, 50 blocks a message), cut at clean boundaries. */
class AnswerBlocksTest {

    private static SlackReply reply(String text, boolean grounded, boolean partial, List<String> missing, List<SlackReply.Source> sources) {
        return new SlackReply("id-1", "Le CSE doit-il être consulté ?", null, "fr", text, grounded, partial, missing, sources, "slack:C1:1.0");
    }

    private static SlackReply.Source source(int n, String quote) {
        return new SlackReply.Source(n, "guide#" + n, "guide", "Guide LaborIA", "Annexe", "L2312-8", 12, quote);
    }

    private static String text(LayoutBlock block) {
        if (block instanceof SectionBlock s) return s.getText().getText();
        if (block instanceof ContextBlock c) return ((MarkdownTextObject) c.getElements().get(0)).getText();
        return "";
    }

    @Test
    void aLongAnswerIsSplitAtSentencesIntoSectionsOfAtMost3000Characters() {
        String sentence = "Le comité social et économique est informé et consulté sur l'introduction de nouvelles technologies. ";
        List<LayoutBlock> blocks = AnswerBlocks.of(reply(sentence.repeat(100), true, false, List.of(), List.of(source(1, "Court."))), false, null);
        List<String> sections = blocks.stream().filter(b -> b instanceof SectionBlock).map(AnswerBlocksTest::textOf).toList();
        assertThat(sections.size()).isGreaterThan(3);
        assertThat(sections).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
        assertThat(sections.get(0)).endsWith("technologies.");
    }

    @Test
    void manySourcesStayWithinFiftyBlocksAndSayHowManyWereLeftOut() {
        List<SlackReply.Source> sources = IntStream.rangeClosed(1, 80).mapToObj(n -> source(n, "Citation " + n)).toList();
        List<LayoutBlock> blocks = AnswerBlocks.of(reply("Réponse.", true, false, List.of(), sources), true, "https://p.example");
        assertThat(blocks).hasSizeLessThanOrEqualTo(50);
        assertThat(blocks.get(blocks.size() - 1).getType()).isEqualTo("actions");
        assertThat(blocks.stream().map(AnswerBlocksTest::textOf).filter(t -> t.startsWith("… et ")).findFirst()).isPresent();
        int shown = (int) blocks.stream().map(AnswerBlocksTest::textOf).filter(t -> t.startsWith("*[")).count();
        assertThat(blocks.stream().map(AnswerBlocksTest::textOf)).contains("… et " + (80 - shown) + " autres sources");
    }

    @Test
    void aHugeQuoteIsCutAtAWordWithinTheSectionLimitAndQuoted() {
        String section = AnswerBlocks.source(source(1, "mot ".repeat(2000)));
        assertThat(section).startsWith("*[1] Guide LaborIA* — article L2312-8, Annexe, p. 12\n> ");
        assertThat(section.length()).isLessThanOrEqualTo(3000);
        assertThat(section).endsWith("mot…");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "false|false|⚠️ *Réponse non fondée sur les documents*",
            "false|true|⚠️ *Réponse partielle*",
            "true|false|"})
    void ungroundedAndPartialAnswersAreMarkedFirst(boolean grounded, boolean partial, String mark) {
        List<LayoutBlock> blocks = AnswerBlocks.of(reply("Texte.", grounded, partial, List.of("le délai"), List.of()), false, null);
        String first = textOf(blocks.get(0));
        if (mark == null) assertThat(first).isEqualTo("Texte.");
        else assertThat(first).startsWith(mark).contains("le délai");
    }

    @Test
    void quotesCannotPingOrLinkAndMarkdownBoldBecomesMrkdwn() {
        assertThat(SlackText.mrkdwn("**Oui** <@U1> & <!channel>")).isEqualTo("*Oui* &lt;@U1&gt; &amp; &lt;!channel&gt;");
        assertThat(SlackText.withoutMentions("<@UPARITAIRE> Le CSE ?")).isEqualTo("Le CSE ?");
    }

    private static String textOf(LayoutBlock block) {
        return text(block);
    }
}
