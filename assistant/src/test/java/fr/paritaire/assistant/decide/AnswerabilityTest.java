package fr.paritaire.assistant.decide;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.TestPipeline;
import fr.paritaire.ingestion.evaluation.EvalItem;
import fr.paritaire.ingestion.job.IngestionListener;
import fr.paritaire.ingestion.search.Retriever;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer-or-refuse decision over the real corpus, model and store: single cases that show each facet, and floors
 * on whole question sets. The floors on the held-out, test and unseen sets are guards, never tuned on: they keep a
 * change from buying figures on the tuning sets with refusals elsewhere. Figures go to docs/benchmarks.md.
 */
class AnswerabilityTest {

    @TempDir
    static Path data;
    static TestPipeline pipeline;
    static Retriever retriever;
    static final Answerability answerability = new Answerability(new AnswerabilityProperties(5, 0.05, 0.35, 30, 0.5, 0.2, 0.15));

    @BeforeAll
    static void ingestCorpus() {
        pipeline = new TestPipeline(data);
        pipeline.job.run(CorpusFixture.corpus(), IngestionListener.NONE);
        retriever = new Retriever(pipeline.search);
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    static final Retriever.Request REQUEST = new Retriever.Request(6, null, 6, 2);

    static Decision decide(String question) {
        return answerability.decide(retriever.retrieve(question, REQUEST));
    }

    /** The decision on a question the documents do not answer: a refusal, naming what they lack. */
    static Decision refused(String question, String... missing) {
        Decision d = decide(question);
        assertThat(d.verdict()).as(question).isEqualTo(Decision.Verdict.REFUSE);
        if (missing.length > 0) assertThat(d.missing()).contains(missing);
        return d;
    }

    @Test
    void aQuestionTheDocumentsAnswerIsAnswered() {
        Decision d = decide("Qui pilote le projet SeCoIA Deal, et quelles organisations françaises y participent ?");
        assertThat(d.verdict()).isEqualTo(Decision.Verdict.ANSWER);
        assertThat(d.missing()).isEmpty();
    }

    @Test
    void anAmountTheDocumentsDoNotGiveIsRefusedSayingWhatIsCoveredAndWhatIsNot() {
        Decision d = refused("How much EU money did the SeCoIA Deal project receive?", "an amount");
        assertThat(String.join(" ", d.covered())).contains("SeCoIA");
    }

    @Test
    void anOrganisationTheDocumentsDoNotCoverIsRefusedEvenNextToANeighbour() {
        Decision d = refused("Qu'a dit le syndicat italien FIOM-CGIL sur la surveillance algorithmique ?");
        assertThat(String.join(" ", d.missing())).contains("FIOM");
    }

    @Test
    void aDeadlineTheDocumentsDoNotStateIsRefused() {
        refused("De combien de temps le CSE dispose-t-il pour rendre son avis quand l'employeur le consulte sur l'arrivée d'un outil d'IA ?",
                "une durée ou un délai");
    }

    @Test
    void aLabourLawInstitutionTheDocumentsNeverSpeakOfIsRefusedByName() {
        refused("Je recrute un technicien pour superviser notre outil d'IA : combien de temps peut durer sa période d'essai ?",
                "« période d'essai »");
        refused("Do I get paid overtime for the hours I spend correcting the AI tool?", "« heures supplémentaires »");
    }

    @Test
    void anAddressTheDocumentsDoNotGiveIsRefused() {
        refused("Le projet SeCoIA Deal annonce un site internet dédié : quelle est l'adresse de ce site ?", "une adresse (site ou courriel)");
    }

    @Test
    void aChattyQuestionIsJudgedOnTheClauseThatAsksAndOnWordsTheDocumentsUse() {
        // Two facts asked, each in its own clause, among words no document uses ("franchement", "machin", "capté").
        Decision d = decide("Bon, franchement j'ai rien capté au calendrier du projet SeCoIA Deal : ce machin est censé durer "
                + "combien de temps en tout, et le premier comité de pilotage, il s'est tenu quel jour ?");
        assertThat(d.verdict()).isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void aQuestionNamingASampleAgreementIsAnsweredFromIt() {
        var retrieval = retriever.retrieve("Chez Solvéa, un superviseur peut réécouter combien d'appels par mois d'un même conseiller ?", REQUEST);
        assertThat(retrieval.passages()).anySatisfy(p -> assertThat(p.documentId()).contains("solvea"));
        assertThat(answerability.decide(retrieval).verdict()).isEqualTo(Decision.Verdict.ANSWER);
        // A name only the sample agreements use brings them in too; a common abbreviation (SMS) is no one's name.
        assertThat(retriever.retrieve("Que prévoit l'accord de l'UNIMEP sur la formation des salariés à l'IA ?", REQUEST).passages()).anySatisfy(p -> assertThat(p.example()).isTrue());
        assertThat(decide("Chez Berthelot Logistique, mon chef peut-il m'envoyer des SMS le soir ?").missing()).doesNotContain("« SMS »");
        // Lower-case words of its title name it too.
        assertThat(retriever.retrieve("Que prévoit l'accord de branche de la mécanique de précision sur la formation ?", REQUEST).passages()).anySatisfy(p -> assertThat(p.documentId()).contains("mecanique-precision"));
    }

    @Test
    void aFactAskedMorePreciselyThanTheDocumentsStateItIsRefused() {
        // A day and a month do not say which year.
        Decision year = refused("Le premier comité de pilotage du projet SeCoIA Deal s'est tenu un mardi 13 avril, mais de quelle année ?",
                "une année");
        // What is covered is named by its names first, then its rarest words: "pilotage" before "premier".
        assertThat(year.covered().getFirst()).isEqualTo("« SeCoIA »");
        assertThat(year.covered().indexOf("« pilotage »")).isLessThan(year.covered().indexOf("« premier »"));
        // Other documents give years; the one the question names does not.
        refused("Le premier comité de pilotage de SeCoIA Deal, c'était en quelle année ?");
        // The documents describe the app, not how many use it nor a share of accidents avoided.
        refused("How many maintenance technicians at Georg Fischer use that AI mobile app, and by what percentage did it cut accidents?",
                "a share or percentage");
        // A deadline stated as a weekday and an hour, a retention period in words: answered.
        assertThat(decide("Chez Berthelot Logistique, le planning de la semaine suivante doit être publié quand au plus tard ?").verdict())
                .isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void aNameAskedOfACountryIsStatedOnlyNextToIt() {
        // The iMET study lists the partners' countries, and names no Romanian federation.
        Decision romanian = refused("Comment s'appelle la fédération syndicale roumaine qui a participé au projet iMET ?", "un nom");
        assertThat(romanian.covered()).contains("« iMET »").doesNotContain("« Comment »", "« appelle »");
        // "en Suisse, concerne l'entreprise Georg Fischer": named next to its country.
        assertThat(decide("Which Swiss company does Ceemet give as an example of AI helping health and safety at work?").verdict())
                .isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void aNameOnlyOneDocumentSpeaksOfIsCoveredByThatDocumentsPassagesAndTheCseIsNoOnesName() {
        Decision unimep = decide("On the UNIMEP branch deal: when is the map of AI-exposed jobs supposed to be presented to the CPNEFP?");
        assertThat(unimep.missing()).doesNotContain("« UNIMEP »");
        assertThat(unimep.verdict()).isEqualTo(Decision.Verdict.ANSWER);
        // A name the documents never use still has to be there.
        assertThat(decide("Qu'a négocié l'UNIMEC italienne sur la formation à l'IA ?").missing()).contains("« UNIMEC »");
        assertThat(decide("Pour des élus CSE tout neufs : que dit le texte DIALIA sur le moment où il faut dialoguer ?").missing())
                .doesNotContain("« CSE »");
    }

    @Test
    void anArticleTheDocumentDoesNotHaveIsRefusedAndOneItHasIsAnswered() {
        refused("Que prévoit l'article 30 de l'accord de branche UNIMEP sur l'intelligence artificielle ?", "« article 30 »");
        assertThat(decide("Que prévoit l'article 4 de l'accord Berthelot Logistique sur la déconnexion ?").missing())
                .doesNotContain("« article 4 »");
    }

    @Test
    void aNameAskedOfTheDocumentTheQuestionNamesMustBeInThatDocument() {
        // The CFTC signs sample agreements; the CGT's contribution to the summit never names it.
        refused("Et la CFTC, elle a dit quoi dans la contribution de la CGT au sommet sur l'IA ?", "« CFTC »");
    }

    @Test
    void anInstitutionAskedOfTheDocumentTheQuestionNamesMustBeInThatDocument() {
        // The right to disconnect is Berthelot's; the Solvéa agreement never speaks of it.
        refused("Which article of the Solvéa agreement covers the right to disconnect?", "« droit à la déconnexion »");
        assertThat(decide("Que prévoit l'accord Berthelot Logistique sur le droit à la déconnexion ?").verdict()).isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void aCountIsOfTheThingAsked() {
        // The Berthelot agreement counts its employees, drivers and warehouses, not its temporary workers.
        refused("Berthelot Logistique emploie combien d'intérimaires dans ses entrepôts ?", "un chiffre");
        assertThat(decide("Combien de chauffeurs-livreurs emploie Berthelot Logistique ?").verdict()).isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void aCountAskedOfOneSiteIsStatedOfThatSite() {
        // "2 300 salariés répartis entre son siège de Nantes, trois centres de gestion et quarante agences".
        refused("Combien de collaborateurs compte le siège de Nantes de la Mutuelle Ligérienne ?", "un chiffre");
        assertThat(decide("Combien de salariés emploie la Mutuelle Ligérienne ?").verdict()).isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void aCountAskedIsNotAnsweredByAnAddressOrALink() {
        // The agreement's preamble gives the company's capital, street number and postcode: none counts meetings.
        refused("Combien de réunions de négociation ont précédé l'accord Berthelot Logistique ?", "un chiffre");
    }

    @Test
    void aFactStatedInTheSentenceNextToTheOneAboutTheQuestionIsNotAboutIt() {
        // iMET: "En Pologne, un projet de loi a été présenté au Parlement…"; the year in the next sentence is the Ceemet's.
        refused("Le projet de loi polonais sur le droit à l'information sur les algorithmes, il a été adopté quand ?", "une date");
        // "Les discussions qui débuteront en juin 2025": a month, not the day asked.
        refused("Les discussions à l'OIT sur les travailleurs des plateformes, elles démarrent quel jour ?");
        // The sentence that states it speaks of the question itself.
        assertThat(decide("Combien de temps les données d'activité individuelles sont-elles conservées chez Berthelot Logistique ?").verdict())
                .isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void aCityIsWhereTheDocumentsCompanyIsNotWhatMakesAQuestionAboutTheField() {
        // Only the Berthelot agreement speaks of Lyon, where its company is: its passages need not repeat it.
        assertThat(decide("Dans l'accord des logisticiens lyonnais (Berthelot), les données d'activité individuelles sont gardées combien de temps ?").missing())
                .doesNotContain("« lyonnais »");
        assertThat(decide("Quel est le meilleur restaurant de Lyon ?").reason()).startsWith("off topic");
        // A city named by its adjective is a place the passages must speak of, as a capitalised name is.
        refused("Combien de salariés compte le site marseillais de Berthelot Logistique ?", "« marseillais »");
    }

    @Test
    void aNameTheDocumentsOnlyCiteIsNotOneTheySpeakOf() {
        // The CIDA is one of SeCoIA's partners in a list of them: what it recommended, the documents do not say.
        refused("Qu'a recommandé la Confédération syndicale italienne des managers (CIDA) dans le projet SeCoIA Deal ?",
                "« CIDA » (seulement dans une liste ou une référence)");
        refused("Qu'ont proposé les syndicats autrichiens dans l'étude iMET ?", "« autrichiens » (seulement dans une liste ou une référence)");
        // Belgium is only in the title of a work the iMET study lists among its references.
        refused("Que disent les employeurs belges de la gestion algorithmique dans l'étude iMET ?", "« belges »");
        // Which names the list holds, it does say.
        assertThat(decide("Quelles organisations italiennes participent au projet SeCoIA Deal ?").verdict()).isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void aCompanyNamedInLowerCaseIsLookedForInItsAgreement() {
        var retrieval = retriever.retrieve("berthelot: la géoloc des camions est-elle coupée pendant les pauses ?", REQUEST);
        assertThat(retrieval.passages().subList(0, 3)).allSatisfy(p -> assertThat(p.documentId()).contains("berthelot"));
        assertThat(answerability.decide(retrieval).verdict()).isEqualTo(Decision.Verdict.ANSWER);
    }

    @Test
    void anOffTopicQuestionIsRefused() {
        refused("Quelle est la recette de la pâte à crêpes ?");
        // French questions cannot be judged by meaning (the embedding model is English): by their words.
        assertThat(decide("Comment détartrer une bouilloire électrique ?").reason()).startsWith("off topic");
        assertThat(decide("Qui a remporté le Tour de France cycliste ?").verdict()).isEqualTo(Decision.Verdict.REFUSE);
        // One English word the lexicon translates ("best": "meilleur") does not make a question about pancakes on topic.
        refused("What is the best recipe for pancakes?");
        assertThat(decide("How many calories are in a banana?").reason()).startsWith("off topic");
        // An English question with no word of the field, even naming a city the documents know, is about something else.
        assertThat(decide("Will it rain in Nantes tomorrow afternoon?").reason()).startsWith("off topic: no word of the field");
    }

    @Test
    void tuningSetsFloors() {
        Figures dev = figures(CorpusFixture.evalSet("dev"));
        Figures tuning = figures(CorpusFixture.evalSet("tuning"));
        assertThat(dev.refused()).as("dev unanswerable refused " + dev).isEqualTo(dev.unanswerable());
        assertThat(dev.falseRefusals()).as("dev false refusals " + dev).isLessThanOrEqualTo(2);
        assertFloors("tuning", tuning, 0.85, 0.1);
        assertFloors("tuning2", figures(CorpusFixture.evalSet("tuning2")), 0.9, 0.1);
        // 0.85: the annex table of the Berthelot agreement, lost until its rows were read as rows, now names the WMS Orion
        // a question asks the vendor of; "Solvéa's" is Solvéa, no longer a name the documents lack.
        assertFloors("tuning3", figures(CorpusFixture.evalSet("tuning3")), 0.85, 0.05);
        assertFloors("tuning4", figures(CorpusFixture.evalSet("tuning4")), 0.9, 0.05);
        assertFloors("tuning5", figures(CorpusFixture.evalSet("tuning5")), 0.75, 0.13);
        assertFloors("tuning6", figures(CorpusFixture.evalSet("tuning6")), 0.6, 0.05);
        assertFloors("tuning7", figures(CorpusFixture.evalSet("tuning7")), 0.65, 0.175);
        Figures offTopic = figures(CorpusFixture.evalSet("offtopic"));
        assertThat(offTopic.refusalRate()).as("off-topic refusal rate " + offTopic).isGreaterThanOrEqualTo(0.9);
    }

    /** A set's refusal rate at least {@code refusals}, its false-refusal rate at most {@code falseRefusals}. */
    static void assertFloors(String set, Figures figures, double refusals, double falseRefusals) {
        assertThat(figures.refusalRate()).as(set + " refusal rate " + figures).isGreaterThanOrEqualTo(refusals);
        assertThat(figures.falseRefusalRate()).as(set + " false-refusal rate " + figures).isLessThanOrEqualTo(falseRefusals);
    }

    @Test
    void heldOutGuards() {
        Figures all = figures(CorpusFixture.evalSet("holdout")).plus(figures(CorpusFixture.evalSet("test"))).plus(figures(CorpusFixture.evalSet("unseen")))
                .plus(figures(CorpusFixture.evalSet("unseen2"))).plus(figures(CorpusFixture.evalSet("unseen3")))
                .plus(figures(CorpusFixture.evalSet("unseen4"))).plus(figures(CorpusFixture.evalSet("unseen5")))
                .plus(figures(CorpusFixture.evalSet("unseen6"))).plus(figures(CorpusFixture.evalSet("unseen7")))
                .plus(figures(CorpusFixture.evalSet("unseen8"))).plus(figures(CorpusFixture.evalSet("unseen9")));
        assertFloors("the eleven never-tuned sets'", all, 0.7, 0.1);
    }

    record Figures(int unanswerable, int refused, int answerable, int falseRefusals, List<String> wrong) {
        double refusalRate() {
            return (double) refused / unanswerable;
        }

        double falseRefusalRate() {
            return (double) falseRefusals / answerable;
        }

        Figures plus(Figures o) {
            List<String> w = new ArrayList<>(wrong);
            w.addAll(o.wrong);
            return new Figures(unanswerable + o.unanswerable, refused + o.refused, answerable + o.answerable,
                    falseRefusals + o.falseRefusals, w);
        }
    }

    static Figures figures(Path set) {
        int unanswerable = 0, refused = 0, answerable = 0, falseRefusals = 0;
        List<String> wrong = new ArrayList<>();
        for (EvalItem item : EvalItem.load(set)) {
            boolean answers = decide(item.question()).verdict() == Decision.Verdict.ANSWER;
            if (item.answerable()) {
                answerable++;
                if (!answers) {
                    falseRefusals++;
                    wrong.add(item.id());
                }
            } else {
                unanswerable++;
                if (!answers) refused++;
                else wrong.add(item.id());
            }
        }
        return new Figures(unanswerable, refused, answerable, falseRefusals, wrong);
    }
}
