package fr.paritaire.assistant.config;

import fr.paritaire.ingestion.authority.AuthorityProperties;
import fr.paritaire.ingestion.authority.DocumentClassifier;
import fr.paritaire.ingestion.chunk.Chunker;
import fr.paritaire.ingestion.chunk.ChunkingProperties;
import fr.paritaire.ingestion.embed.Embedder;
import fr.paritaire.ingestion.embed.EmbeddingModels;
import fr.paritaire.ingestion.embed.EmbeddingProperties;
import fr.paritaire.ingestion.extract.ExtractionProperties;
import fr.paritaire.ingestion.extract.TextExtractor;
import fr.paritaire.ingestion.extract.TextNormalizer;
import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.search.Glossary;
import fr.paritaire.ingestion.search.HybridSearch;
import fr.paritaire.ingestion.search.QueryAnalyzer;
import fr.paritaire.ingestion.search.Retriever;
import fr.paritaire.ingestion.search.SearchProperties;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.LexicalFieldBoosts;
import fr.paritaire.ingestion.store.LuceneKnowledgeBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The knowledge base and everything around it: extraction, chunking, embedding, search, the ingestion job. */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

    @Bean(destroyMethod = "close")
    @Profile("!postgres")
    KnowledgeBase embeddedKnowledgeBase(ParitaireProperties paritaire, SearchProperties search) {
        return new LuceneKnowledgeBase(paritaire.dataFolder(), boosts(search));
    }

    static LexicalFieldBoosts boosts(SearchProperties search) {
        return new LexicalFieldBoosts(search.headingBoost(), search.articleBoost());
    }

    @Bean
    Embedder embedder(EmbeddingProperties properties) {
        return EmbeddingModels.create(properties);
    }

    @Bean
    QueryAnalyzer queryAnalyzer(SearchProperties search) {
        return new QueryAnalyzer(new FrenchAnalyzer(), Glossary.bundled(), search.expansionWeight());
    }

    @Bean
    HybridSearch hybridSearch(KnowledgeBase knowledgeBase, Embedder embedder, QueryAnalyzer queryAnalyzer, SearchProperties search) {
        return new HybridSearch(knowledgeBase, embedder, queryAnalyzer, search);
    }

    @Bean
    Retriever retriever(HybridSearch hybridSearch) {
        return new Retriever(hybridSearch);
    }

    @Bean(destroyMethod = "close")
    TextExtractor textExtractor(ExtractionProperties extraction) {
        return new TextExtractor(extraction);
    }

    @Bean
    IngestionJob ingestionJob(KnowledgeBase knowledgeBase, TextExtractor extractor, ExtractionProperties extraction,
                              ChunkingProperties chunking, Embedder embedder, AuthorityProperties authority) {
        return new IngestionJob(knowledgeBase, extractor, new TextNormalizer(extraction.boilerplateMinRepeats()),
                new Chunker(chunking), embedder, new DocumentClassifier(authority));
    }
}
