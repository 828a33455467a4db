package org.entente.measure;

/**
 * Great-circle distance by the haversine formula on a sphere of radius {@link #EARTH_RADIUS_KM}
 * (the IUGG mean Earth radius, 6371.0088 km). On the ellipsoid the true distance differs by up
 * to about 0.5%, far below what capital-to-capital distance is used to tell apart.
 */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {}

    /** Distance in kilometres between two points given in decimal degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        // min() guards against h creeping above 1 by rounding for antipodal points
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
