# The application image, on the same Debian 12 parts it is tested on: OpenJDK 17 and Tesseract 5.3
# (libtesseract through Tess4J's JNA binding; Tess4J 5.11 matches Debian's Leptonica 1.82).
# Build the jar first: mvn -B -q package -DskipTests
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless tesseract-ocr tesseract-ocr-eng libtesseract-dev \
    fonts-dejavu-core fontconfig \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 1000 intake
WORKDIR /app
COPY target/priorauth-intake.jar /app/priorauth-intake.jar
COPY routes /app/routes
COPY ocr-models /app/ocr-models
RUN mkdir -p /var/lib/priorauth-intake /inbox/fax /inbox/portal /inbox/email \
 && chown -R intake /app /var/lib/priorauth-intake /inbox
USER intake
# Tesseract's own threads would fight the OCR workers
ENV OMP_THREAD_LIMIT=1 \
    INTAKE_DATA_DIR=/var/lib/priorauth-intake
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/priorauth-intake.jar"]
