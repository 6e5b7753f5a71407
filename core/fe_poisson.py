"""The two-way fixed-effects Poisson model of difference-in-differences, fitted by Newton.

``log E[y_at] = alpha_a + gamma_t + beta D_at`` for counts ``y`` per area ``a`` and period
``t``, ``gamma_0 = 0``, ``D`` 1 where the treatment is on. The Hessian of the fixed-effects
design is written out from the fitted means (no dummy matrix is built) and the larger of the
two fixed-effect blocks (each is diagonal) is eliminated (a Schur complement), so each Newton
step solves a system only min(areas, periods) + 1 wide. Many fits run at once (a batch of
placebo assignments or simulated data sets share one call). Gives the model-based variance of
beta, its cluster-robust (by area) sandwich variance and the Pearson dispersion; checked
against statsmodels' GLM Poisson with the same dummies in tests/core/test_experiments.py.

Example
-------
>>> y = np.array([[30, 32, 15], [60, 62, 61], [40, 38, 41]])
>>> d = np.array([[0, 0, 1], [0, 0, 0], [0, 0, 0]])
>>> fit = fit_poisson_did(y, d)
>>> round(float(np.exp(fit.beta[0])), 3), bool(fit.converged[0])
(0.474, True)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class PoissonFit:
    """Fits of ``log mu = alpha_a + gamma_t + beta D_at`` (gamma_0 = 0), one per batch row.

    ``h`` is ``H^-1 e_beta`` (the beta column of the inverse Hessian), enough for the beta
    element of the model and the sandwich covariance."""

    beta: np.ndarray  # (R,)
    alpha: np.ndarray  # (R, A)
    gamma: np.ndarray  # (R, T)
    mu: np.ndarray  # (R, A, T)
    h: np.ndarray  # (R, A + T)
    iterations: int
    converged: np.ndarray  # (R,) bool

    @property
    def var_beta(self) -> np.ndarray:
        """The model-based variance of beta (inverse information, scale 1)."""
        return self.h[:, -1]


def _hessian_parts(mu, treatment, weights):
    """X'WX of the fixed-effects design from the fitted means (R, A, T), in parts: the
    diagonals of the area and period effects, their cross block, and each one's products
    with beta."""
    m = mu * weights
    md = m * treatment
    return (m.sum(axis=2), m.sum(axis=1)[:, 1:], m[:, :, 1:], md.sum(axis=2),
            md.sum(axis=1)[:, 1:], md.sum(axis=(1, 2)))


def _solve(parts, rhs_areas, rhs_periods, rhs_beta):
    """Solves H x = rhs (area effects, period effects 1.., beta) by eliminating the larger
    of the two fixed-effect blocks (each is diagonal): the dense system left is only
    min(areas, periods) + 1 wide."""
    areas, periods, cross, areas_beta, periods_beta, beta_beta = parts
    if areas.shape[1] >= periods.shape[1]:
        x_areas, x_rest = _eliminate(areas, cross, areas_beta, periods, periods_beta,
                                     beta_beta, rhs_areas, rhs_periods, rhs_beta)
        return x_areas, x_rest[:, :-1], x_rest[:, -1]
    x_periods, x_rest = _eliminate(periods, np.transpose(cross, (0, 2, 1)), periods_beta,
                                   areas, areas_beta, beta_beta, rhs_periods, rhs_areas,
                                   rhs_beta)
    return x_rest[:, :-1], x_periods, x_rest[:, -1]


def _eliminate(diagonal, cross, diagonal_beta, kept, kept_beta, beta_beta, rhs_eliminated,
               rhs_kept, rhs_beta):
    """The Schur complement solve: ``diagonal`` (R, E) is the eliminated block, ``cross``
    (R, E, K - 1) its products with the ``kept`` diagonal block (R, K - 1); the kept block
    and beta form the dense K x K system. Parameters without data (an area or period
    weighted out) are held: they get 0."""
    n_batch, n_kept = kept.shape
    between = np.concatenate([cross, diagonal_beta[..., None]], axis=2)
    inner = np.zeros((n_batch, n_kept + 1, n_kept + 1))
    index = np.arange(n_kept)
    inner[:, index, index] = kept
    inner[:, index, -1] = inner[:, -1, index] = kept_beta
    inner[:, -1, -1] = beta_beta
    inverse = np.where(diagonal > 0, 1.0 / np.where(diagonal > 0, diagonal, 1.0), 0.0)
    scaled = between * inverse[..., None]
    schur = inner - np.matmul(np.transpose(scaled, (0, 2, 1)), between)
    held = np.einsum("rii->ri", schur) <= 1e-300
    rows, columns = np.nonzero(held)
    schur[rows, columns, :] = 0.0
    schur[rows, :, columns] = 0.0
    schur[rows, columns, columns] = 1.0
    rhs = np.concatenate([rhs_kept, np.reshape(rhs_beta, (n_batch, 1))], axis=1)
    rhs = np.where(held, 0.0, rhs - np.einsum("rek,re->rk", scaled, rhs_eliminated))
    x_kept = np.linalg.solve(schur, rhs[..., None])[..., 0]
    x_eliminated = inverse * (rhs_eliminated - np.einsum("rek,rk->re", between, x_kept))
    return x_eliminated, x_kept


def _gradient(counts, mu, treatment, weights):
    """X'(y - mu): the area, period (1..) and beta parts."""
    r = (counts - mu) * weights
    return r.sum(axis=2), r.sum(axis=1)[:, 1:], (r * treatment).sum(axis=(1, 2))


def _loglik(counts, mu, weights):
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(counts > 0, counts * np.log(mu), 0.0) - mu
    return (terms * weights).sum(axis=(1, 2))


def _start(counts, weights):
    """Starting values: the model without treatment, roughly."""
    wy = counts * weights
    alpha = np.log(np.maximum(wy.sum(axis=2), 0.5) / np.maximum(weights.sum(axis=2), 1))
    column = np.log(np.maximum(wy.sum(axis=1), 0.5))
    gamma = column - column[:, :1]
    alpha -= np.log(np.exp(gamma).mean(axis=1, keepdims=True))
    return alpha, gamma


def fit_poisson_did(counts, treatment, weights=None, max_iter: int = 100,
                    tol: float = 1e-10) -> PoissonFit:
    """Maximum-likelihood fits of the two-way fixed-effects Poisson model by Newton's method.

    Parameters
    ----------
    counts : array (R, A, T) or (A, T)
        Counts per area (rows) and period (columns); R fits at once.
    treatment : array broadcastable to ``counts``
        1 where the treatment is on (treated area, intervention period), else 0.
    weights : array broadcastable to ``counts``, optional
        0 to leave a cell out of a fit (e.g. periods after a placebo window), else 1.
    max_iter, tol : int, float
        Newton iterations at most; converged when no parameter moves more than ``tol``.

    Every area and period must have a positive count somewhere (else its effect is minus
    infinity) and the treated cells a positive total; callers drop or report such cases.

    Examples
    --------
    >>> y = np.array([[10, 12, 4], [20, 22, 21.]])
    >>> d = np.array([[0, 0, 1], [0, 0, 0]])
    >>> fit = fit_poisson_did(y, d)
    >>> round(float(np.exp(fit.beta[0])), 4)  # (4/21) / ((10+12)/(20+22))
    0.3636
    """
    counts, treatment, weights = as_batch(counts, treatment, weights)
    n_batch = counts.shape[0]
    alpha, gamma = _start(counts, weights)
    params = (alpha, gamma, np.zeros(n_batch))
    mu = _means(params, treatment)
    loglik = _loglik(counts, mu, weights)
    converged = np.zeros(n_batch, dtype=bool)
    iterations = 0
    while iterations < max_iter and not converged.all():
        iterations += 1
        params, mu, loglik, moved = _newton_step(counts, treatment, weights, params, mu, loglik)
        converged = moved < tol
    alpha, gamma, beta = params
    h_areas, h_periods, h_beta = _solve(_hessian_parts(mu, treatment, weights),
                                        np.zeros_like(alpha), np.zeros_like(gamma[:, 1:]),
                                        np.ones(n_batch))
    return PoissonFit(beta, alpha, gamma, mu,
                      np.concatenate([h_areas, h_periods, h_beta[:, None]], axis=1),
                      iterations, converged)


def as_batch(counts, treatment=0.0, weights=None):
    """``counts`` as floats (R, A, T), ``treatment`` and ``weights`` (default 1) broadcast."""
    counts = np.asarray(counts, dtype=float)
    if counts.ndim == 2:
        counts = counts[None]
    treatment = np.broadcast_to(np.asarray(treatment, dtype=float), counts.shape)
    weights = np.broadcast_to(np.ones(1) if weights is None else np.asarray(weights, float),
                              counts.shape)
    return counts, treatment, weights


def _means(params, treatment):
    alpha, gamma, beta = params
    return np.exp(alpha[:, :, None] + gamma[:, None, :] + beta[:, None, None] * treatment)


def _newton_step(counts, treatment, weights, params, mu, loglik):
    """One Newton step, halved for the fits whose likelihood it would lower; the new
    parameters, means, log-likelihoods and how far each fit moved."""
    alpha, gamma, beta = params
    step_a, step_g, step_b = _solve(_hessian_parts(mu, treatment, weights),
                                    *_gradient(counts, mu, treatment, weights))
    scale = np.ones(beta.size)
    for _ in range(30):
        gamma_new = gamma.copy()
        gamma_new[:, 1:] += scale[:, None] * step_g
        new = (alpha + scale[:, None] * step_a, gamma_new, beta + scale * step_b)
        new_mu = _means(new, treatment)
        new_loglik = _loglik(counts, new_mu, weights)
        worse = ~(new_loglik >= loglik - 1e-12 * np.abs(loglik))
        if not worse.any():
            break
        scale = np.where(worse, scale / 2, scale)
    moved = np.maximum.reduce([np.abs(step_a).max(axis=1, initial=0),
                               np.abs(step_g).max(axis=1, initial=0), np.abs(step_b)])
    return new, new_mu, new_loglik, moved * scale


def cluster_variance(fit: PoissonFit, counts, treatment, weights=None) -> np.ndarray:
    """The cluster-robust (by area, CR1: G / (G - 1)) variance of beta of each fit."""
    counts, treatment, weights = as_batch(counts, treatment, weights)
    n_areas = counts.shape[1]
    r = (counts - fit.mu) * weights
    h = fit.h
    # each area's score, dotted with H^-1 e_beta: alpha part, gamma part, beta part
    projected = (r.sum(axis=2) * h[:, :n_areas]
                 + (r[:, :, 1:] * h[:, None, n_areas:-1]).sum(axis=2)
                 + (r * treatment).sum(axis=2) * h[:, -1:])
    clusters = ((weights.sum(axis=2)) > 0).sum(axis=1)
    factor = clusters / np.maximum(clusters - 1, 1)
    return factor * (projected ** 2).sum(axis=1)


def pearson_dispersion(fit: PoissonFit, counts, weights=None) -> np.ndarray:
    """Pearson chi-square over the residual degrees of freedom, per fit."""
    counts, _, weights = as_batch(counts, 0.0, weights)
    chi2 = ((counts - fit.mu) ** 2 / np.maximum(fit.mu, 1e-300) * weights).sum(axis=(1, 2))
    cells = (weights > 0).sum(axis=(1, 2))
    df = cells - counts.shape[1] - counts.shape[2]
    return chi2 / np.maximum(df, 1)
