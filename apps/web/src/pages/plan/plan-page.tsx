export default function Page() {
  return <h1>Plan</h1>;
}
