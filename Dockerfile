# syntax=docker/dockerfile:1
# Paritaire image: builds the executable jar with the repo's Maven wrapper, then runs it on a JRE as a non-root user.
#   docker build -t paritaire .
#   docker run -p 8080:8080 -v paritaire-data:/app/data paritaire            (embedded mode: knowledge base in /app/data)
#   docker run --rm -v paritaire-data:/app/data paritaire ingest --reindex    (arguments go to the application)
# With PostgreSQL + pgvector, see docker-compose.yml.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 (dependencies and the wrapper's Maven) between builds; it is not part of the image.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -DskipTests install

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 paritaire \
 && useradd --system --uid 10001 --gid paritaire --home-dir /app --shell /usr/sbin/nologin paritaire \
 && mkdir -p /app/data \
 && chown paritaire:paritaire /app/data
WORKDIR /app
COPY --from=build /src/assistant/target/paritaire.jar /app/paritaire.jar
COPY corpus/ /app/corpus/
ENV PARITAIRE_DATA_DIR=/app/data \
    PARITAIRE_CORPUS_DIR=/app/corpus \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -DENGINE_CACHE_DIR=/app/data/.djl"
USER paritaire
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/paritaire.jar \"$@\"", "--"]
