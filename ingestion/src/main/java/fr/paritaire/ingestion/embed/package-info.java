/** Turns passages and questions into vectors: an in-process ONNX model by default, an OpenAI-compatible or Ollama endpoint in production. */
package fr.paritaire.ingestion.embed;
