/* Packages the console shares that ship no TypeScript declarations (react-router 5). */
declare module 'react-router';
declare module 'react-router-dom';
