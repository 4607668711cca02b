package fr.paritaire.assistant.slack;

import fr.paritaire.ingestion.text.LanguageGuess;

/** What the bot says around answers, in French first and in English when the question is in English. */
enum SlackTexts {
    SEARCHING("Recherche dans les documents…", "Searching the documents…"),
    NOT_GROUNDED("⚠️ *Réponse non fondée sur les documents* : ils ne couvrent pas cette question.",
            "⚠️ *Not grounded in the documents*: they do not cover this question."),
    PARTIAL("⚠️ *Réponse partielle* : les documents ne couvrent pas tout. Non couvert : ",
            "⚠️ *Partial answer*: the documents do not cover all of it. Not covered: "),
    NOT_COVERED("Non couvert : ", "Not covered: "),
    SOURCES("*Sources*", "*Sources*"),
    MORE_SOURCES("… et %d autres sources", "… and %d more sources"),
    HELPFUL("👍 Utile", "👍 Helpful"),
    NOT_HELPFUL("👎 Pas utile", "👎 Not helpful"),
    OPEN_WEB("Ouvrir dans le chat web", "Open in the web chat"),
    PUBLISH("Publier dans le canal", "Post to the channel"),
    PUBLISHED("Publiée dans le canal par <@%s>.", "Posted to the channel by <@%s>."),
    CANNOT_PUBLISH("Je ne peux pas publier dans ce canal : invitez-moi d'abord (/invite @Paritaire).",
            "I cannot post in this channel: invite me first (/invite @Paritaire)."),
    THANKS("Merci pour votre retour !", "Thanks for your feedback!"),
    FAILED("😕 Désolé, je n'ai pas pu répondre à cette question à cause d'une erreur de mon côté. Réessayez dans un instant.",
            "😕 Sorry, I could not answer this question because of an error on my side. Please try again in a moment."),
    NOT_READY("⏳ Je charge encore les documents : réessayez dans une minute.",
            "⏳ I am still loading the documents: please try again in a minute."),
    EMPTY("Posez-moi une question après la mention, par exemple : « Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ? »",
            "Ask me a question after the mention, for example: \"Must the works council be consulted before an AI tool is introduced?\""),
    INVALID("Je ne peux pas traiter cette question : %s", "I cannot process this question: %s"),
    TOO_MANY("🙏 Vous m'avez posé beaucoup de questions en peu de temps : laissez-moi un instant et reposez celle-ci dans une minute.",
            "🙏 You have asked me many questions in a short time: give me a moment and ask this one again in a minute."),
    GREETING("Bonjour ! Posez-moi une question sur le dialogue social et l'IA au travail : je réponds en citant les documents.",
            "Hello! Ask me about social dialogue and AI at work: I answer by quoting the documents."),
    PROMPTS_TITLE("Par exemple :", "For example:");

    private final String french;
    private final String english;

    SlackTexts(String french, String english) {
        this.french = french;
        this.english = english;
    }

    String in(String language, Object... args) {
        String text = "en".equals(language) ? english : french;
        return args.length == 0 ? text : text.formatted(args);
    }

    /** In the language of the question. */
    String answering(String question, Object... args) {
        return in(question == null || question.isBlank() ? "fr" : LanguageGuess.of(question), args);
    }
}
