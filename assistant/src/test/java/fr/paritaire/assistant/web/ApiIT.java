package fr.paritaire.assistant.web;

import fr.paritaire.assistant.RunningParitaire;

/** The REST contract with the embedded knowledge base (the default). */
@RunningParitaire
class ApiIT extends RestContractTests {
}
