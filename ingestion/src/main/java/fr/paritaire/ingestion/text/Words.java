package fr.paritaire.ingestion.text;

/** What a single word's spelling says. */
public final class Words {

    private Words() {
    }

    /** Whether a word has a capital past its first letter (CGT, iMET, LaborIA): a name wherever it stands. */
    public static boolean capitalInside(String word) {
        return word.length() > 1 && word.substring(1).chars().anyMatch(Character::isUpperCase);
    }
}
