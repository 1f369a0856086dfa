# KnowPay production image: builds the Vaadin production bundle and runs the jar. No sandbox channel and
# no demo data, whatever the profile (the ENV below); a test image may pass -e KNOWPAY_PAYMENT_SANDBOX_ENABLED=true.
#   docker build -t knowpay .
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=mysql \
#     -e KNOWPAY_DB_URL=jdbc:mariadb://db:3306/knowpay -e KNOWPAY_DB_USER=knowpay -e KNOWPAY_DB_PASSWORD=… knowpay
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/knowpay-*.jar /src/app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 knowpay && mkdir -p /data && chown knowpay /data
USER knowpay
WORKDIR /app
COPY --from=build /src/app.jar app.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    VAADIN_USAGE_STATS_ENABLED=false \
    KNOWPAY_DATA_DIR=/data \
    KNOWPAY_PAYMENT_SANDBOX_ENABLED=false \
    KNOWPAY_DEMO_ENABLED=false
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
