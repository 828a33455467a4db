#!/usr/bin/env Rscript
# Reference values for the alliance survival tests (org.entente.measure.survival.*Test).
# Run from the repository root:  Rscript core/src/test/r/survival-reference.R
# Input: the spells Entente builds from ATOP 5.1, COW NMC 6.0, COW majors 2016 and the SIPRI register of
# 2025-03-13 (entente alliances spells --format csv), kept as a test resource so the tests need no R.
# Output: printed values, copied into the tests, and km-reference.csv (every Kaplan-Meier step, by type).
# Produced with R 4.x and survival 3.5.3; every fit uses R's defaults (coxph ties = "efron").
suppressPackageStartupMessages(library(survival))
options(digits = 15)
dir <- "core/src/test/resources/org/entente/measure/survival"
s <- read.csv(file.path(dir, "atop5_1-alliance-spells.csv"))
cat("R", R.version.string, "survival", format(packageVersion("survival")), "\n")

cat("\n== Kaplan-Meier, all alliances ==\n")
km <- survfit(Surv(years, ended) ~ 1, data = s)
print(summary(km, times = c(1, 2, 5, 10, 20, 30, 50))[c("time", "n.risk", "n.event", "surv", "std.err", "lower", "upper")])
print(quantile(km, probs = 0.5))

cat("\n== Kaplan-Meier by type ==\n")
kt <- survfit(Surv(years, ended) ~ type, data = s)
print(quantile(kt, probs = 0.5))
st <- summary(kt)
ref <- data.frame(group = sub("type=", "", as.character(st$strata)), years = st$time, n_risk = st$n.risk,
                  n_event = st$n.event, survival = st$surv, std_err = st$std.err, lower = st$lower, upper = st$upper)
write.csv(ref, file.path(dir, "km-reference.csv"), row.names = FALSE)

cat("\n== log-rank (survdiff) ==\n")
for (g in c("type", "bilateral", "major_power")) {
  d <- survdiff(as.formula(paste("Surv(years, ended) ~", g)), data = s)
  cat(g, "chisq", d$chisq, "obs", d$obs, "exp", d$exp, "\n")
}
sa <- s[!is.na(s$arms_share), ]
d <- survdiff(Surv(years, ended) ~ I(arms_share > 0), data = sa)
cat("arms chisq", d$chisq, "n", nrow(sa), "\n")

cat("\n== Cox, default model (Efron) ==\n")
f <- Surv(years, ended) ~ cinc_asymmetry + major_power + milinst + bilateral + defense + offense + neutral + nonagg +
  conditional + asymmetric
fit <- coxph(f, data = s)
print(cbind(coef = coef(fit), se = sqrt(diag(vcov(fit)))))
cat("n", fit$n, "events", fit$nevent, "loglik", fit$loglik, "\n")
print(cox.zph(fit)$table)

cat("\n== predicted survival, ATOP 4980 (Russia-China 2001) ==\n")
case <- s[s$atopid == 4980, ]
pf <- survfit(fit, newdata = case)
print(summary(pf, times = c(5, 10, 20))[c("time", "surv")])
print(quantile(pf, probs = 0.5, conf.int = FALSE))

cat("\n== Cox with the arms-transfer share (alliances from 1955) ==\n")
fit2 <- coxph(Surv(years, ended) ~ arms_share + cinc_asymmetry + major_power + milinst, data = s)
print(cbind(coef = coef(fit2), se = sqrt(diag(vcov(fit2)))))
cat("n", fit2$n, "events", fit2$nevent, "\n")
print(cox.zph(fit2)$table)

cat("\n== phase level: Kaplan-Meier median and the default Cox model ==\n")
p <- read.csv(file.path(dir, "atop5_1-phase-spells.csv"))
print(quantile(survfit(Surv(years, ended) ~ 1, data = p), probs = 0.5))
pfit <- coxph(f, data = p)
print(cbind(coef = coef(pfit), se = sqrt(diag(vcov(pfit)))))
cat("n", pfit$n, "events", pfit$nevent, "\n")
print(cox.zph(pfit)$table["GLOBAL", ])
cat("tied end times among the phases:", sum(duplicated(p$years[p$ended == 1])), "\n")

cat("\n== time-varying Cox on alliance-years (counting process, Efron) ==\n")
# atop5_1-alliance-years.csv: entente alliances spells --yearly --format csv
y <- read.csv(file.path(dir, "atop5_1-alliance-years.csv"))
tv <- coxph(Surv(start, stop, ended) ~ cinc_asymmetry + major_power + milinst + bilateral + defense + offense +
  neutral + nonagg + conditional + asymmetric, data = y)
print(cbind(coef = coef(tv), se = sqrt(diag(vcov(tv)))))
cat("n", tv$n, "events", tv$nevent, "loglik", tv$loglik, "\n")
