/**
 * Monthly climate normals per city (°F, inches, mph, %), the calibration of the climate model.
 * Source: Open-Meteo archive (Open-Meteo.com, CC BY 4.0), computed from
 * src/data/weather/seed/open_meteo_<city>.csv (2023-01-01..2024-12-31) by
 * src/data/weather/seed/extract-seed.ts with computeMonthlyNormals(); test/data/tenants recomputes them.
 * Generated file: re-run the extract script instead of editing by hand.
 */
import type { CityId } from './cities.js';
import type { MonthNormal } from './normals-compute.js';

export const NORMALS_SOURCE = 'Open-Meteo archive (Open-Meteo.com, CC BY 4.0), computed from src/data/weather/seed/open_meteo_<city>.csv, 2023-01-01..2024-12-31';

export const MONTHLY_NORMALS: Record<CityId, readonly MonthNormal[]> = {
  'phoenix-az': [
    { month: 1, tmeanF: 50.64, tmaxF: 62.94, tminF: 40.82, anomalySdF: 5.39, anomalyPhi: 0.893, precipInPerDay: 0.072, wetDayFreq: 0.21, pWetAfterDry: 0.122, pWetAfterWet: 0.5, wetDayMeanIn: 0.34, snowInPerDay: 0, humidityPct: 63.85, windMph: 9.24 },
    { month: 2, tmeanF: 55.14, tmaxF: 68.74, tminF: 44.35, anomalySdF: 5.32, anomalyPhi: 0.748, precipInPerDay: 0.058, wetDayFreq: 0.175, pWetAfterDry: 0.152, pWetAfterWet: 0.273, wetDayMeanIn: 0.319, snowInPerDay: 0.003, humidityPct: 54.81, windMph: 12.3 },
    { month: 3, tmeanF: 59.77, tmaxF: 73.27, tminF: 48.06, anomalySdF: 5.26, anomalyPhi: 0.769, precipInPerDay: 0.062, wetDayFreq: 0.161, pWetAfterDry: 0.132, pWetAfterWet: 0.333, wetDayMeanIn: 0.372, snowInPerDay: 0, humidityPct: 51.26, windMph: 12.36 },
    { month: 4, tmeanF: 72.4, tmaxF: 86.92, tminF: 56.87, anomalySdF: 6.5, anomalyPhi: 0.789, precipInPerDay: 0.007, wetDayFreq: 0.033, pWetAfterDry: 0, pWetAfterWet: 0.667, wetDayMeanIn: 0.203, snowInPerDay: 0, humidityPct: 23.6, windMph: 12.43 },
    { month: 5, tmeanF: 82.35, tmaxF: 95.38, tminF: 67.73, anomalySdF: 3.96, anomalyPhi: 0.672, precipInPerDay: 0, wetDayFreq: 0, pWetAfterDry: 0, pWetAfterWet: 0, wetDayMeanIn: 0, snowInPerDay: 0, humidityPct: 17.5, windMph: 13.89 },
    { month: 6, tmeanF: 91.49, tmaxF: 104.37, tminF: 77.02, anomalySdF: 4.46, anomalyPhi: 0.826, precipInPerDay: 0, wetDayFreq: 0, pWetAfterDry: 0, pWetAfterWet: 0, wetDayMeanIn: 0, snowInPerDay: 0, humidityPct: 16.3, windMph: 12.9 },
    { month: 7, tmeanF: 100.14, tmaxF: 111.48, tminF: 87.37, anomalySdF: 2.93, anomalyPhi: 0.74, precipInPerDay: 0.004, wetDayFreq: 0.016, pWetAfterDry: 0.016, pWetAfterWet: 0, wetDayMeanIn: 0.102, snowInPerDay: 0, humidityPct: 22.95, windMph: 14.37 },
    { month: 8, tmeanF: 95.96, tmaxF: 107.18, tminF: 84.51, anomalySdF: 4.35, anomalyPhi: 0.698, precipInPerDay: 0.022, wetDayFreq: 0.097, pWetAfterDry: 0.071, pWetAfterWet: 0.333, wetDayMeanIn: 0.213, snowInPerDay: 0, humidityPct: 29.77, windMph: 13.85 },
    { month: 9, tmeanF: 89.74, tmaxF: 102.66, tminF: 76.24, anomalySdF: 5.62, anomalyPhi: 0.827, precipInPerDay: 0.009, wetDayFreq: 0.05, pWetAfterDry: 0.035, pWetAfterWet: 0.333, wetDayMeanIn: 0.18, snowInPerDay: 0, humidityPct: 25.58, windMph: 12.36 },
    { month: 10, tmeanF: 80.38, tmaxF: 94.43, tminF: 65.42, anomalySdF: 6.3, anomalyPhi: 0.865, precipInPerDay: 0.005, wetDayFreq: 0.016, pWetAfterDry: 0.016, pWetAfterWet: 0, wetDayMeanIn: 0.228, snowInPerDay: 0, humidityPct: 23.55, windMph: 10.68 },
    { month: 11, tmeanF: 63.36, tmaxF: 76.43, tminF: 50.39, anomalySdF: 5.46, anomalyPhi: 0.861, precipInPerDay: 0.016, wetDayFreq: 0.067, pWetAfterDry: 0.036, pWetAfterWet: 0.5, wetDayMeanIn: 0.237, snowInPerDay: 0, humidityPct: 33.62, windMph: 8.62 },
    { month: 12, tmeanF: 57.39, tmaxF: 70.48, tminF: 45.4, anomalySdF: 4.02, anomalyPhi: 0.753, precipInPerDay: 0.024, wetDayFreq: 0.065, pWetAfterDry: 0.052, pWetAfterWet: 0.25, wetDayMeanIn: 0.372, snowInPerDay: 0, humidityPct: 40.45, windMph: 6.58 },
  ],
  'seattle-wa': [
    { month: 1, tmeanF: 40.56, tmaxF: 46.14, tminF: 36.71, anomalySdF: 7, anomalyPhi: 0.887, precipInPerDay: 0.217, wetDayFreq: 0.613, pWetAfterDry: 0.417, pWetAfterWet: 0.757, wetDayMeanIn: 0.347, snowInPerDay: 0.02, humidityPct: 82.21, windMph: 12.54 },
    { month: 2, tmeanF: 40.81, tmaxF: 47.13, tminF: 36.44, anomalySdF: 4.4, anomalyPhi: 0.645, precipInPerDay: 0.117, wetDayFreq: 0.509, pWetAfterDry: 0.483, pWetAfterWet: 0.536, wetDayMeanIn: 0.223, snowInPerDay: 0.103, humidityPct: 81.14, windMph: 12.92 },
    { month: 3, tmeanF: 43.01, tmaxF: 51.2, tminF: 37.53, anomalySdF: 3.75, anomalyPhi: 0.773, precipInPerDay: 0.108, wetDayFreq: 0.419, pWetAfterDry: 0.314, pWetAfterWet: 0.556, wetDayMeanIn: 0.249, snowInPerDay: 0.069, humidityPct: 78.48, windMph: 12.44 },
    { month: 4, tmeanF: 47.05, tmaxF: 55.29, tminF: 41.58, anomalySdF: 3.25, anomalyPhi: 0.753, precipInPerDay: 0.117, wetDayFreq: 0.533, pWetAfterDry: 0.345, pWetAfterWet: 0.71, wetDayMeanIn: 0.212, snowInPerDay: 0.032, humidityPct: 78.05, windMph: 13.63 },
    { month: 5, tmeanF: 55.42, tmaxF: 65.51, tminF: 48.3, anomalySdF: 4.66, anomalyPhi: 0.839, precipInPerDay: 0.049, wetDayFreq: 0.242, pWetAfterDry: 0.178, pWetAfterWet: 0.412, wetDayMeanIn: 0.187, snowInPerDay: 0, humidityPct: 74.37, windMph: 12.24 },
    { month: 6, tmeanF: 59.16, tmaxF: 69.46, tminF: 51.86, anomalySdF: 3.27, anomalyPhi: 0.67, precipInPerDay: 0.059, wetDayFreq: 0.25, pWetAfterDry: 0.174, pWetAfterWet: 0.5, wetDayMeanIn: 0.231, snowInPerDay: 0, humidityPct: 70.52, windMph: 11.91 },
    { month: 7, tmeanF: 66.74, tmaxF: 78.81, tminF: 57.4, anomalySdF: 3.49, anomalyPhi: 0.825, precipInPerDay: 0.014, wetDayFreq: 0.081, pWetAfterDry: 0.036, pWetAfterWet: 0.5, wetDayMeanIn: 0.159, snowInPerDay: 0, humidityPct: 63.37, windMph: 11.6 },
    { month: 8, tmeanF: 66.15, tmaxF: 77.23, tminF: 58.49, anomalySdF: 3.31, anomalyPhi: 0.79, precipInPerDay: 0.049, wetDayFreq: 0.177, pWetAfterDry: 0.135, pWetAfterWet: 0.4, wetDayMeanIn: 0.259, snowInPerDay: 0, humidityPct: 69.77, windMph: 11.5 },
    { month: 9, tmeanF: 60.04, tmaxF: 69.45, tminF: 54.48, anomalySdF: 2.56, anomalyPhi: 0.638, precipInPerDay: 0.077, wetDayFreq: 0.233, pWetAfterDry: 0.178, pWetAfterWet: 0.4, wetDayMeanIn: 0.314, snowInPerDay: 0, humidityPct: 78.38, windMph: 10.62 },
    { month: 10, tmeanF: 52.57, tmaxF: 59.87, tminF: 47.9, anomalySdF: 3.82, anomalyPhi: 0.767, precipInPerDay: 0.126, wetDayFreq: 0.435, pWetAfterDry: 0.25, pWetAfterWet: 0.692, wetDayMeanIn: 0.282, snowInPerDay: 0.001, humidityPct: 83.44, windMph: 12.02 },
    { month: 11, tmeanF: 45.04, tmaxF: 50.21, tminF: 41.61, anomalySdF: 4.01, anomalyPhi: 0.722, precipInPerDay: 0.198, wetDayFreq: 0.467, pWetAfterDry: 0.323, pWetAfterWet: 0.621, wetDayMeanIn: 0.417, snowInPerDay: 0.001, humidityPct: 84.9, windMph: 11.84 },
    { month: 12, tmeanF: 43.67, tmaxF: 48.49, tminF: 40.08, anomalySdF: 4.18, anomalyPhi: 0.612, precipInPerDay: 0.269, wetDayFreq: 0.597, pWetAfterDry: 0.36, pWetAfterWet: 0.757, wetDayMeanIn: 0.447, snowInPerDay: 0.012, humidityPct: 85.39, windMph: 12.15 },
  ],
  'chicago-il': [
    { month: 1, tmeanF: 27.85, tmaxF: 33.92, tminF: 23.35, anomalySdF: 10.81, anomalyPhi: 0.861, precipInPerDay: 0.11, wetDayFreq: 0.419, pWetAfterDry: 0.382, pWetAfterWet: 0.444, wetDayMeanIn: 0.253, snowInPerDay: 0.303, humidityPct: 81.24, windMph: 15.64 },
    { month: 2, tmeanF: 33.84, tmaxF: 43.65, tminF: 27.03, anomalySdF: 8.15, anomalyPhi: 0.476, precipInPerDay: 0.074, wetDayFreq: 0.193, pWetAfterDry: 0.174, pWetAfterWet: 0.273, wetDayMeanIn: 0.373, snowInPerDay: 0.089, humidityPct: 71.54, windMph: 16.7 },
    { month: 3, tmeanF: 38.27, tmaxF: 47, tminF: 32.3, anomalySdF: 7.47, anomalyPhi: 0.564, precipInPerDay: 0.118, wetDayFreq: 0.323, pWetAfterDry: 0.349, pWetAfterWet: 0.263, wetDayMeanIn: 0.359, snowInPerDay: 0.171, humidityPct: 72.32, windMph: 17.75 },
    { month: 4, tmeanF: 49.18, tmaxF: 59.54, tminF: 41.39, anomalySdF: 9.08, anomalyPhi: 0.629, precipInPerDay: 0.13, wetDayFreq: 0.45, pWetAfterDry: 0.333, pWetAfterWet: 0.593, wetDayMeanIn: 0.284, snowInPerDay: 0.041, humidityPct: 69.82, windMph: 17.81 },
    { month: 5, tmeanF: 58.63, tmaxF: 68.34, tminF: 50.97, anomalySdF: 6.18, anomalyPhi: 0.601, precipInPerDay: 0.093, wetDayFreq: 0.306, pWetAfterDry: 0.326, pWetAfterWet: 0.263, wetDayMeanIn: 0.289, snowInPerDay: 0, humidityPct: 72.26, windMph: 15.17 },
    { month: 6, tmeanF: 68.96, tmaxF: 79.1, tminF: 61.68, anomalySdF: 6.78, anomalyPhi: 0.649, precipInPerDay: 0.088, wetDayFreq: 0.317, pWetAfterDry: 0.325, pWetAfterWet: 0.3, wetDayMeanIn: 0.276, snowInPerDay: 0, humidityPct: 68.13, windMph: 16.25 },
    { month: 7, tmeanF: 71.57, tmaxF: 79.83, tminF: 64.98, anomalySdF: 3.8, anomalyPhi: 0.533, precipInPerDay: 0.305, wetDayFreq: 0.419, pWetAfterDry: 0.405, pWetAfterWet: 0.44, wetDayMeanIn: 0.719, snowInPerDay: 0, humidityPct: 77.47, windMph: 13.35 },
    { month: 8, tmeanF: 71.64, tmaxF: 79.78, tminF: 65.02, anomalySdF: 5.37, anomalyPhi: 0.714, precipInPerDay: 0.116, wetDayFreq: 0.274, pWetAfterDry: 0.182, pWetAfterWet: 0.5, wetDayMeanIn: 0.408, snowInPerDay: 0, humidityPct: 74.63, windMph: 13.81 },
    { month: 9, tmeanF: 67.22, tmaxF: 74.96, tminF: 60.54, anomalySdF: 5.45, anomalyPhi: 0.772, precipInPerDay: 0.156, wetDayFreq: 0.3, pWetAfterDry: 0.262, pWetAfterWet: 0.389, wetDayMeanIn: 0.508, snowInPerDay: 0, humidityPct: 72.62, windMph: 13.26 },
    { month: 10, tmeanF: 56, tmaxF: 64.24, tminF: 49.53, anomalySdF: 8, anomalyPhi: 0.777, precipInPerDay: 0.114, wetDayFreq: 0.371, pWetAfterDry: 0.22, pWetAfterWet: 0.667, wetDayMeanIn: 0.303, snowInPerDay: 0.007, humidityPct: 68.65, windMph: 15.89 },
    { month: 11, tmeanF: 43.12, tmaxF: 50.06, tminF: 37.89, anomalySdF: 7.84, anomalyPhi: 0.646, precipInPerDay: 0.085, wetDayFreq: 0.233, pWetAfterDry: 0.182, pWetAfterWet: 0.375, wetDayMeanIn: 0.352, snowInPerDay: 0.052, humidityPct: 74.72, windMph: 14.87 },
    { month: 12, tmeanF: 34.28, tmaxF: 40.07, tminF: 29.91, anomalySdF: 9.36, anomalyPhi: 0.75, precipInPerDay: 0.078, wetDayFreq: 0.339, pWetAfterDry: 0.279, pWetAfterWet: 0.474, wetDayMeanIn: 0.221, snowInPerDay: 0.043, humidityPct: 77.48, windMph: 13.07 },
  ],
  'miami-fl': [
    { month: 1, tmeanF: 70.22, tmaxF: 76.44, tminF: 64.8, anomalySdF: 5.95, anomalyPhi: 0.697, precipInPerDay: 0.071, wetDayFreq: 0.355, pWetAfterDry: 0.231, pWetAfterWet: 0.545, wetDayMeanIn: 0.191, snowInPerDay: 0, humidityPct: 75.24, windMph: 13.66 },
    { month: 2, tmeanF: 70.74, tmaxF: 77.45, tminF: 64.78, anomalySdF: 5.05, anomalyPhi: 0.768, precipInPerDay: 0.093, wetDayFreq: 0.246, pWetAfterDry: 0.209, pWetAfterWet: 0.357, wetDayMeanIn: 0.367, snowInPerDay: 0, humidityPct: 71.26, windMph: 13.87 },
    { month: 3, tmeanF: 74.47, tmaxF: 80.61, tminF: 69.26, anomalySdF: 3.22, anomalyPhi: 0.621, precipInPerDay: 0.195, wetDayFreq: 0.371, pWetAfterDry: 0.25, pWetAfterWet: 0.591, wetDayMeanIn: 0.511, snowInPerDay: 0, humidityPct: 72.06, windMph: 14.58 },
    { month: 4, tmeanF: 75.56, tmaxF: 81.37, tminF: 70.09, anomalySdF: 2.49, anomalyPhi: 0.665, precipInPerDay: 0.144, wetDayFreq: 0.35, pWetAfterDry: 0.275, pWetAfterWet: 0.5, wetDayMeanIn: 0.388, snowInPerDay: 0, humidityPct: 70.67, windMph: 14.05 },
    { month: 5, tmeanF: 79.71, tmaxF: 86.33, tminF: 73.71, anomalySdF: 2.52, anomalyPhi: 0.827, precipInPerDay: 0.129, wetDayFreq: 0.516, pWetAfterDry: 0.345, pWetAfterWet: 0.667, wetDayMeanIn: 0.239, snowInPerDay: 0, humidityPct: 72.4, windMph: 12.77 },
    { month: 6, tmeanF: 80.12, tmaxF: 85.44, tminF: 75.44, anomalySdF: 1.94, anomalyPhi: 0.733, precipInPerDay: 0.438, wetDayFreq: 0.883, pWetAfterDry: 0.625, pWetAfterWet: 0.923, wetDayMeanIn: 0.492, snowInPerDay: 0, humidityPct: 82.1, windMph: 11.67 },
    { month: 7, tmeanF: 83.27, tmaxF: 88.94, tminF: 78.06, anomalySdF: 1.47, anomalyPhi: 0.385, precipInPerDay: 0.152, wetDayFreq: 0.71, pWetAfterDry: 0.588, pWetAfterWet: 0.756, wetDayMeanIn: 0.207, snowInPerDay: 0, humidityPct: 78.63, windMph: 10.24 },
    { month: 8, tmeanF: 83.24, tmaxF: 88.8, tminF: 78.54, anomalySdF: 1.53, anomalyPhi: 0.492, precipInPerDay: 0.257, wetDayFreq: 0.935, pWetAfterDry: 0.6, pWetAfterWet: 0.965, wetDayMeanIn: 0.274, snowInPerDay: 0, humidityPct: 78.16, windMph: 12 },
    { month: 9, tmeanF: 81.81, tmaxF: 87.3, tminF: 77.1, anomalySdF: 1.79, anomalyPhi: 0.723, precipInPerDay: 0.247, wetDayFreq: 0.783, pWetAfterDry: 0.692, pWetAfterWet: 0.809, wetDayMeanIn: 0.31, snowInPerDay: 0, humidityPct: 79.67, windMph: 10.86 },
    { month: 10, tmeanF: 78.77, tmaxF: 83.97, tminF: 74.28, anomalySdF: 2.7, anomalyPhi: 0.685, precipInPerDay: 0.198, wetDayFreq: 0.565, pWetAfterDry: 0.48, pWetAfterWet: 0.622, wetDayMeanIn: 0.34, snowInPerDay: 0, humidityPct: 74.85, windMph: 14.09 },
    { month: 11, tmeanF: 75.76, tmaxF: 81.2, tminF: 71.14, anomalySdF: 3.47, anomalyPhi: 0.733, precipInPerDay: 0.204, wetDayFreq: 0.333, pWetAfterDry: 0.225, pWetAfterWet: 0.55, wetDayMeanIn: 0.593, snowInPerDay: 0, humidityPct: 72.35, windMph: 13.47 },
    { month: 12, tmeanF: 70.78, tmaxF: 76.19, tminF: 66.08, anomalySdF: 4.82, anomalyPhi: 0.67, precipInPerDay: 0.229, wetDayFreq: 0.387, pWetAfterDry: 0.231, pWetAfterWet: 0.652, wetDayMeanIn: 0.586, snowInPerDay: 0, humidityPct: 72.16, windMph: 13.63 },
  ],
  'denver-co': [
    { month: 1, tmeanF: 22.01, tmaxF: 35.41, tminF: 12.07, anomalySdF: 10.27, anomalyPhi: 0.809, precipInPerDay: 0.032, wetDayFreq: 0.177, pWetAfterDry: 0.157, pWetAfterWet: 0.3, wetDayMeanIn: 0.158, snowInPerDay: 0.219, humidityPct: 70.05, windMph: 9.57 },
    { month: 2, tmeanF: 28.02, tmaxF: 45.85, tminF: 15.5, anomalySdF: 8.22, anomalyPhi: 0.539, precipInPerDay: 0.05, wetDayFreq: 0.175, pWetAfterDry: 0.152, pWetAfterWet: 0.273, wetDayMeanIn: 0.275, snowInPerDay: 0.301, humidityPct: 62.07, windMph: 10.98 },
    { month: 3, tmeanF: 35.24, tmaxF: 51.74, tminF: 23.11, anomalySdF: 5.8, anomalyPhi: 0.629, precipInPerDay: 0.048, wetDayFreq: 0.226, pWetAfterDry: 0.188, pWetAfterWet: 0.357, wetDayMeanIn: 0.202, snowInPerDay: 0.233, humidityPct: 57.84, windMph: 11.38 },
    { month: 4, tmeanF: 47.14, tmaxF: 64.62, tminF: 33.12, anomalySdF: 7.86, anomalyPhi: 0.687, precipInPerDay: 0.067, wetDayFreq: 0.283, pWetAfterDry: 0.256, pWetAfterWet: 0.353, wetDayMeanIn: 0.228, snowInPerDay: 0.096, humidityPct: 47.98, windMph: 13.52 },
    { month: 5, tmeanF: 56.92, tmaxF: 72.11, tminF: 43.5, anomalySdF: 3.84, anomalyPhi: 0.602, precipInPerDay: 0.113, wetDayFreq: 0.306, pWetAfterDry: 0.302, pWetAfterWet: 0.316, wetDayMeanIn: 0.352, snowInPerDay: 0, humidityPct: 54.5, windMph: 13.8 },
    { month: 6, tmeanF: 67.74, tmaxF: 82.76, tminF: 54.11, anomalySdF: 6.54, anomalyPhi: 0.898, precipInPerDay: 0.098, wetDayFreq: 0.317, pWetAfterDry: 0.214, pWetAfterWet: 0.556, wetDayMeanIn: 0.299, snowInPerDay: 0, humidityPct: 53.57, windMph: 12.47 },
    { month: 7, tmeanF: 73.32, tmaxF: 89.57, tminF: 57.87, anomalySdF: 4.54, anomalyPhi: 0.723, precipInPerDay: 0.028, wetDayFreq: 0.129, pWetAfterDry: 0.094, pWetAfterWet: 0.333, wetDayMeanIn: 0.181, snowInPerDay: 0, humidityPct: 45.68, windMph: 12.83 },
    { month: 8, tmeanF: 73.03, tmaxF: 88.69, tminF: 58.99, anomalySdF: 4.97, anomalyPhi: 0.724, precipInPerDay: 0.045, wetDayFreq: 0.226, pWetAfterDry: 0.167, pWetAfterWet: 0.429, wetDayMeanIn: 0.178, snowInPerDay: 0, humidityPct: 48.58, windMph: 12.74 },
    { month: 9, tmeanF: 65.88, tmaxF: 83.65, tminF: 50.24, anomalySdF: 4.81, anomalyPhi: 0.83, precipInPerDay: 0.036, wetDayFreq: 0.133, pWetAfterDry: 0.115, pWetAfterWet: 0.25, wetDayMeanIn: 0.258, snowInPerDay: 0, humidityPct: 44.53, windMph: 11.49 },
    { month: 10, tmeanF: 53.95, tmaxF: 71.27, tminF: 40.34, anomalySdF: 8.37, anomalyPhi: 0.9, precipInPerDay: 0.025, wetDayFreq: 0.097, pWetAfterDry: 0.089, pWetAfterWet: 0.167, wetDayMeanIn: 0.239, snowInPerDay: 0.072, humidityPct: 45.47, windMph: 11.24 },
    { month: 11, tmeanF: 35.89, tmaxF: 51.62, tminF: 25.57, anomalySdF: 6.85, anomalyPhi: 0.739, precipInPerDay: 0.042, wetDayFreq: 0.2, pWetAfterDry: 0.146, pWetAfterWet: 0.417, wetDayMeanIn: 0.206, snowInPerDay: 0.2, humidityPct: 62.47, windMph: 7.94 },
    { month: 12, tmeanF: 33.36, tmaxF: 47.07, tminF: 24.87, anomalySdF: 5.12, anomalyPhi: 0.634, precipInPerDay: 0.017, wetDayFreq: 0.113, pWetAfterDry: 0.109, pWetAfterWet: 0.143, wetDayMeanIn: 0.129, snowInPerDay: 0.086, humidityPct: 61.52, windMph: 7.67 },
  ],
};
