# The application image, built from source in two stages on the same Debian 12 parts it is tested on.
#   docker build -t priorauth-intake .      (docker-compose.yml does this for you)
# Stage 1 builds the jar with OpenJDK 17 and Maven; stage 2 runs it with the JRE and Tesseract 5.3 only (no
# compiler, no -dev packages), as a user without rights beyond its data and inbox folders.

FROM debian:bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /build
# the dependencies first, in their own layer: a change to the sources does not download them again
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -Dspotless.check.skip=true || true
COPY src src
RUN mvn -B -q package -Dmaven.test.skip=true -Dspotless.check.skip=true

FROM debian:bookworm-slim
# tesseract-ocr brings libtesseract5 and liblept5; Tess4J loads them by their unversioned names, which only the
# -dev packages would link: the two links are made here instead of installing a compiler's headers
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless tesseract-ocr tesseract-ocr-eng \
    fonts-dejavu-core fontconfig curl \
 && rm -rf /var/lib/apt/lists/* \
 && for lib in tesseract lept; do so=$(ls /usr/lib/*-linux-gnu/lib$lib.so.5); ln -sf "$so" "${so%.5}"; done
RUN useradd --create-home --uid 1000 intake
WORKDIR /app
COPY --from=build /build/target/priorauth-intake.jar /app/priorauth-intake.jar
COPY routes /app/routes
COPY ocr-models /app/ocr-models
RUN mkdir -p /var/lib/priorauth-intake /inbox/fax /inbox/portal /inbox/email \
 && chown -R intake /app/routes /var/lib/priorauth-intake /inbox
USER intake
# Tesseract's own threads would fight the OCR workers. The JIT's quick compiler only: on a machine of few cores
# that mostly OCRs, the optimising compiler spent a quarter of a core for minutes beside the OCR workers, more
# than its faster code gave back (README, "How fast")
ENV OMP_THREAD_LIMIT=1 \
    INTAKE_DATA_DIR=/var/lib/priorauth-intake \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:TieredStopAtLevel=1"
EXPOSE 8080
# alive: the process answers (an orchestrator restarts it otherwise); /actuator/health/readiness says whether
# it can take work (database, broker)
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/priorauth-intake.jar"]
