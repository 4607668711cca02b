package fr.paritaire.ingestion.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis for the lexical side: elision (l', d', qu'…), lower case, French and English stop words, accent
 * folding and light stemming. The same analysis runs on passages and on questions.
 */
public final class FrenchAnalyzer extends Analyzer {

    private static final CharArraySet ELISIONS = new CharArraySet(
            List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);
    static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet(), true);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        set.addAll(List.of("a", "à", "y", "ça", "cela", "ceci", "dont", "donc", "ainsi", "aussi", "comme", "très", "plus",
                "tout", "tous", "toute", "toutes", "sans", "entre", "vers", "chez", "sous", "être", "avoir", "fait", "faire",
                "peut", "peuvent", "doit", "doivent", "il", "elle", "ils", "elles", "i", "my", "we", "our", "you", "your",
                "do", "does", "did", "what", "which", "who", "whom", "how", "why", "when", "where", "has", "have", "had",
                "can", "should", "would", "could", "there", "about", "from", "any", "so", "than"));
        return CharArraySet.unmodifiableSet(set);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, ELISIONS);
        // English possessives: "Solvéa's committee" speaks of Solvéa.
        stream = new org.apache.lucene.analysis.en.EnglishPossessiveFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ASCIIFoldingFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The analysed terms of a text, in order, duplicates kept. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
