package fr.paritaire.assistant.answer;

/**
 * What the verification gate did to an answer: sentences it read, kept and dropped, and citations it removed because
 * they pointed at no retrieved passage or did not quote it verbatim.
 */
public record VerificationReport(int sentences, int verified, int dropped, int invalidCitations) {

    public static final VerificationReport NONE = new VerificationReport(0, 0, 0, 0);
}
